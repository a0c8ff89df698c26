package app.mockinterview.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit against a real (in-memory H2) database: callers waiting together share
 * one commit and are answered only once their write is visible to others; a unit that
 * fails fails only its own caller; a stuck writer answers with an error instead of a
 * hang; shutdown commits what is queued and then refuses.
 * <p>
 * To make a batch form on purpose, the writer is first held inside a unit until the
 * callers under test are queued behind it.
 */
class GroupCommitTests {

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:group-commit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(this.dataSource);

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private GroupCommit groupCommit;

	@BeforeEach
	void createTable() {
		this.jdbc.execute("create table note (id int primary key, text varchar(100))");
	}

	@AfterEach
	void stop() throws Exception {
		this.release.countDown();
		if (this.groupCommit != null) {
			this.groupCommit.destroy();
		}
		this.callers.shutdownNow();
		this.jdbc.execute("shutdown");
	}

	private GroupCommit start(Duration timeout) {
		this.groupCommit = new GroupCommit(this.transactions, timeout);
		this.groupCommit.afterPropertiesSet();
		return this.groupCommit;
	}

	private int insert(int id) {
		return this.jdbc.update("insert into note (id, text) values (?, ?)", id, "note " + id);
	}

	private boolean stored(int id) {
		return this.jdbc.queryForObject("select count(*) from note where id = ?", Integer.class, id) == 1;
	}

	/** Holds the writer inside a unit (which stores row 0) until {@link #release}. */
	private Future<Integer> holdTheWriter() throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(1);
		Future<Integer> held = this.callers.submit(() -> this.groupCommit.run(() -> {
			holding.countDown();
			awaitRelease();
			return insert(0);
		}));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		return held;
	}

	private void awaitRelease() {
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	@Test
	void aCallerAloneIsCommittedAtOnce() {
		start(Duration.ofSeconds(10));
		assertThat(this.groupCommit.run(() -> insert(1))).isEqualTo(1);
		assertThat(stored(1)).isTrue();
		assertThat(this.groupCommit.commits()).isEqualTo(1);
	}

	@Test
	void callersWaitingTogetherShareOneCommitAndAreAnsweredOnceTheirWriteIsVisible() throws Exception {
		start(Duration.ofSeconds(10));
		Future<Integer> held = holdTheWriter();
		List<Future<String>> answers = new ArrayList<>();
		for (int id = 1; id <= 40; id++) {
			int row = id;
			// What the caller returns is its unit's result and whether another connection
			// already sees its row when it is answered.
			answers.add(this.callers.submit(() -> this.groupCommit.run(() -> "unit " + row + ":" + insert(row)) + ", "
					+ (stored(row) ? "visible" : "not visible")));
		}
		waitFor(() -> this.groupCommit.waiting() == 40);
		this.release.countDown();

		assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		for (int id = 1; id <= 40; id++) {
			assertThat(answers.get(id - 1).get(10, TimeUnit.SECONDS)).isEqualTo("unit " + id + ":1, visible");
		}
		assertThat(this.groupCommit.committedUnits()).isEqualTo(41);
		assertThat(this.groupCommit.commits()).as("the held unit's commit, then one for the 40 queued").isEqualTo(2);
	}

	@Test
	void aUnitThatFailsFailsOnlyItsOwnCallerAndTheOthersInItsBatchAreStored() throws Exception {
		start(Duration.ofSeconds(10));
		Future<Integer> held = holdTheWriter();
		List<Future<Integer>> answers = new ArrayList<>();
		for (int id = 1; id <= 10; id++) {
			int row = id;
			answers.add(this.callers.submit(() -> this.groupCommit.run(() -> {
				if (row == 4) {
					// Row 0 is stored by the held unit: the database refuses this one.
					return insert(0);
				}
				int inserted = insert(row);
				if (row == 7) {
					throw new IllegalStateException("unit 7 refuses after writing");
				}
				return inserted;
			})));
		}
		waitFor(() -> this.groupCommit.waiting() == 10);
		this.release.countDown();

		assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		for (int id = 1; id <= 10; id++) {
			Future<Integer> answer = answers.get(id - 1);
			if (id == 4) {
				assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
					.cause()
					.isInstanceOf(DuplicateKeyException.class);
			}
			else if (id == 7) {
				assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
					.cause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessage("unit 7 refuses after writing");
				assertThat(stored(7)).as("the failed unit's own write is rolled back").isFalse();
			}
			else {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
				assertThat(stored(id)).isTrue();
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(9);
	}

	@Test
	void aStuckWriterAnswersWithAnErrorInsteadOfAHangAndNeverRunsAUnitWhoseCallerGaveUp() throws Exception {
		start(Duration.ofMillis(300));
		Future<Integer> held = holdTheWriter();
		long asked = System.nanoTime();
		assertThatThrownBy(() -> this.groupCommit.run(() -> insert(1))).isInstanceOf(CommitUnavailableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
		assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(CommitUnavailableException.class);

		this.release.countDown();
		assertThat(this.groupCommit.run(() -> insert(2))).isEqualTo(1);
		assertThat(stored(1)).as("given up before it ran: never runs").isFalse();
		assertThat(stored(2)).isTrue();
	}

	@Test
	void shutdownCommitsWhatIsQueuedThenRefuses() throws Exception {
		start(Duration.ofSeconds(10));
		Future<Integer> held = holdTheWriter();
		List<Future<Integer>> queued = new ArrayList<>();
		for (int id = 1; id <= 5; id++) {
			int row = id;
			queued.add(this.callers.submit(() -> this.groupCommit.run(() -> insert(row))));
		}
		waitFor(() -> this.groupCommit.waiting() == 5);
		Thread closing = new Thread(() -> {
			try {
				this.groupCommit.destroy();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		closing.start();
		waitFor(() -> closing.getState() == Thread.State.TIMED_WAITING);
		long asked = System.nanoTime();
		assertThatThrownBy(() -> this.groupCommit.run(() -> insert(6))).isInstanceOf(CommitUnavailableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("refused at once").isLessThan(Duration.ofSeconds(5));

		this.release.countDown();
		closing.join(10_000);
		assertThat(closing.isAlive()).isFalse();
		assertThat(held.get(1, TimeUnit.SECONDS)).isEqualTo(1);
		for (Future<Integer> answer : queued) {
			assertThat(answer.get(1, TimeUnit.SECONDS)).isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(6);
		assertThatThrownBy(() -> this.groupCommit.run(() -> insert(7))).isInstanceOf(CommitUnavailableException.class);
		assertThat(stored(6)).isFalse();
		assertThat(stored(7)).isFalse();
	}

	@Test
	void refusesToRunInsideTheCallersTransaction() {
		start(Duration.ofSeconds(10));
		TransactionTemplate callersTransaction = new TransactionTemplate(this.transactions);
		assertThatThrownBy(() -> callersTransaction.execute((status) -> this.groupCommit.run(() -> insert(1))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(stored(1)).isFalse();
	}

}
