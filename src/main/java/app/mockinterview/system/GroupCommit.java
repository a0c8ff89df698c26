package app.mockinterview.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits small writes that many people make at the same time (autosaves) together: one
 * writer thread takes the units of work waiting in the queue, runs up to
 * {@value #MAX_BATCH} of them in one transaction and commits once, then answers every
 * caller with its own unit's result. A caller is answered only after the commit that
 * contains its unit, so an acknowledged save is on disk as before; what is saved is one
 * disk-writing commit per save.
 * <p>
 * Batches form by themselves: while one commits, the next callers queue up. A caller
 * alone is committed at once.
 * <p>
 * If a batch fails, each of its units is run again in its own transaction, so a unit that
 * throws fails only its own caller, with its own exception. A unit must therefore do
 * nothing outside the transaction (its effects are rolled back and it may run twice) and
 * should be short: it runs on the writer's thread, and everyone else's saves wait for it.
 * Work that is not part of the write (reading what to answer, telling open pages) belongs
 * to the caller, after {@link #run} returns.
 * <p>
 * A caller waits at most the configured timeout ({@code app.group-commit.timeout},
 * default 10 s) and then gets a {@link CommitUnavailableException} instead of hanging; a
 * unit whose caller gave up before it started is never run. On shutdown the queued units
 * are committed, then the writer stops and later callers are refused.
 */
@Component
public class GroupCommit implements InitializingBean, DisposableBean {

	/** At most this many units share one transaction. */
	static final int MAX_BATCH = 256;

	private static final int QUEUE_CAPACITY = 4 * MAX_BATCH;

	private final TransactionTemplate transactions;

	private final Duration timeout;

	private final BlockingQueue<Unit<?>> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

	private final AtomicLong commits = new AtomicLong();

	private final AtomicLong units = new AtomicLong();

	private final Thread writer = new Thread(this::writeBatches, "group-commit");

	/** Put in the queue to wake the writer when it should stop; never run. */
	private final Unit<Void> wakeUp = Unit.claimed();

	/** No new units: the queued ones are being committed. */
	private volatile boolean closing;

	/** The writer has stopped: nothing queued from now on will run. */
	private volatile boolean stopped;

	public GroupCommit(PlatformTransactionManager transactionManager,
			@Value("${app.group-commit.timeout:10s}") Duration timeout) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setName("group-commit");
		this.timeout = timeout;
		// It must not keep the JVM alive; the context's shutdown stops it cleanly.
		this.writer.setDaemon(true);
	}

	@Override
	public void afterPropertiesSet() {
		this.writer.start();
	}

	/**
	 * Runs the unit in a transaction shared with other callers' units and returns its
	 * result once that transaction has committed.
	 * @param unit the write; it runs on the writer's thread, possibly twice (see above)
	 * @return what the unit returned in the committed transaction
	 * @throws CommitUnavailableException when the commit does not happen within the
	 * timeout or the application is shutting down
	 * @throws IllegalStateException when called inside a transaction: the caller would
	 * wait holding a connection (and perhaps locks) the writer may need
	 */
	public <T> T run(Supplier<T> unit) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A group commit cannot be part of the caller's transaction");
		}
		Unit<T> queued = new Unit<>(unit);
		long deadline = System.nanoTime() + this.timeout.toNanos();
		try {
			if (this.closing || !this.queue.offer(queued, this.timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new CommitUnavailableException();
			}
			if (this.stopped && queued.claim()) {
				// Queued after the writer's last look at the queue.
				throw new CommitUnavailableException();
			}
			return queued.outcome.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			// If the writer has not started it, it never will; otherwise its outcome is
			// unknown. Either way the caller has not been acknowledged.
			queued.claim();
			throw new CommitUnavailableException();
		}
		catch (InterruptedException ex) {
			queued.claim();
			Thread.currentThread().interrupt();
			throw new CommitUnavailableException();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/** How many transactions the writer has committed. */
	public long commits() {
		return this.commits.get();
	}

	/** How many units the writer has committed. */
	public long committedUnits() {
		return this.units.get();
	}

	/** Units waiting for the writer (for tests). */
	int waiting() {
		return this.queue.size();
	}

	/**
	 * Commits what is queued, then stops the writer. Beans are destroyed after the web
	 * server has finished the requests in flight, and this one before the transaction
	 * manager it depends on.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.closing = true;
		this.queue.offer(this.wakeUp);
		this.writer.join(this.timeout.toMillis());
		if (this.writer.isAlive()) {
			// Stuck in the database: waiting callers have given up by now.
			this.writer.interrupt();
			this.writer.join(this.timeout.toMillis());
		}
	}

	private void writeBatches() {
		List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
		try {
			while (true) {
				Unit<?> first = this.closing ? this.queue.poll() : this.queue.take();
				if (first == null) {
					break;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				// Skips the wake-up marker and units whose callers have given up.
				batch.removeIf((unit) -> !unit.claim());
				if (!batch.isEmpty()) {
					commit(batch);
				}
				batch.clear();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.stopped = true;
			// Units queued since the last look (or left by an interrupt) will never run.
			this.queue.drainTo(batch);
			for (Unit<?> unit : batch) {
				unit.claim();
				unit.outcome.completeExceptionally(new CommitUnavailableException());
			}
		}
	}

	private void commit(List<Unit<?>> batch) {
		try {
			this.transactions.executeWithoutResult((status) -> batch.forEach(Unit::run));
		}
		catch (RuntimeException | Error ex) {
			if (batch.size() == 1) {
				batch.get(0).outcome.completeExceptionally(ex);
			}
			else {
				batch.forEach(this::commitAlone);
			}
			return;
		}
		this.commits.incrementAndGet();
		this.units.addAndGet(batch.size());
		batch.forEach(Unit::succeed);
	}

	private void commitAlone(Unit<?> unit) {
		try {
			this.transactions.executeWithoutResult((status) -> unit.run());
		}
		catch (RuntimeException | Error ex) {
			unit.outcome.completeExceptionally(ex);
			return;
		}
		this.commits.incrementAndGet();
		this.units.incrementAndGet();
		unit.succeed();
	}

	private static final class Unit<T> {

		private final Supplier<T> work;

		private final CompletableFuture<T> outcome = new CompletableFuture<>();

		/**
		 * Taken by the writer to run it, or by its caller giving up: whoever is first.
		 */
		private final AtomicBoolean claimed = new AtomicBoolean();

		/** What the last run returned; read only on the writer's thread. */
		private T result;

		Unit(Supplier<T> work) {
			this.work = work;
		}

		static Unit<Void> claimed() {
			Unit<Void> unit = new Unit<>(() -> null);
			unit.claimed.set(true);
			return unit;
		}

		boolean claim() {
			return this.claimed.compareAndSet(false, true);
		}

		void run() {
			this.result = this.work.get();
		}

		void succeed() {
			this.outcome.complete(this.result);
		}

	}

}
