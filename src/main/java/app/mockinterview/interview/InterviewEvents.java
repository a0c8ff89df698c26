package app.mockinterview.interview;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import app.mockinterview.system.AfterCommit;
import app.mockinterview.system.DatabaseProduct;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent event streams of open interview pages. A change is announced only after its
 * transaction commits, so a page that reacts by fetching the new state always finds it.
 * The streams carry no content, only "something changed": each page fetches what its own
 * token may see.
 * <p>
 * On PostgreSQL a change is announced with {@code NOTIFY} inside its transaction, which
 * the database delivers on commit to every instance sharing it
 * ({@link PostgresChangeListener} passes it to this instance's streams), so an
 * interviewer and a candidate served by different instances stay in step. On H2, which
 * only one instance can use, the change goes straight to this instance's streams.
 */
@Component
class InterviewEvents {

	static final String CHANNEL = "interview_changed";

	private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	/** Open streams per interview, each with the token of the page that opened it. */
	private final Map<Long, Map<SseEmitter, Stream>> streams = new ConcurrentHashMap<>();

	/** Open streams per client address. */
	private final Map<String, java.util.concurrent.atomic.AtomicInteger> perAddress = new ConcurrentHashMap<>();

	private final int maxPerLink;

	private final int maxPerAddress;

	/** Who opened a stream: the link's token and the client's address. */
	private record Stream(String token, String address) {

	}

	private final JdbcTemplate jdbc;

	private final AfterCommit afterCommit;

	private final boolean sharedThroughDatabase;

	InterviewEvents(JdbcTemplate jdbc, DataSource dataSource, AfterCommit afterCommit,
			@org.springframework.beans.factory.annotation.Value("${app.limits.streams-per-link:20}") int maxPerLink,
			@org.springframework.beans.factory.annotation.Value("${app.limits.streams-per-address:50}") int maxPerAddress) {
		this.jdbc = jdbc;
		this.afterCommit = afterCommit;
		this.maxPerLink = maxPerLink;
		this.maxPerAddress = maxPerAddress;
		this.sharedThroughDatabase = DatabaseProduct.isPostgres(dataSource);
	}

	/** Whether changes travel through the database to every instance. */
	boolean sharedThroughDatabase() {
		return this.sharedThroughDatabase;
	}

	/**
	 * Opens a stream for a page of the interview, within the limits: at most
	 * {@code app.limits.streams-per-link} open streams per link (a few tabs are plenty)
	 * and {@code app.limits.streams-per-address} per client address (several people
	 * behind one address), each held on this instance; 0 turns a limit off.
	 * @throws TooManyStreamsException over a limit (429)
	 */
	SseEmitter subscribe(Long interviewId, String token, String address) {
		Map<SseEmitter, Stream> set = this.streams.computeIfAbsent(interviewId, (id) -> new ConcurrentHashMap<>());
		int fromAddress = this.perAddress
			.computeIfAbsent(address, (key) -> new java.util.concurrent.atomic.AtomicInteger())
			.incrementAndGet();
		if (this.maxPerAddress > 0 && fromAddress > this.maxPerAddress) {
			release(address);
			throw new TooManyStreamsException();
		}
		if (this.maxPerLink > 0
				&& set.values().stream().filter((open) -> open.token().equals(token)).count() >= this.maxPerLink) {
			release(address);
			throw new TooManyStreamsException();
		}
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		set.put(emitter, new Stream(token, address));
		Runnable remove = () -> remove(set, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		try {
			emitter.send(SseEmitter.event().name("ready").data("ready").reconnectTime(1000));
		}
		catch (IOException ex) {
			remove(set, emitter);
		}
		return emitter;
	}

	/** Forgets a stream once, however many of its callbacks report its end. */
	private void remove(Map<SseEmitter, Stream> set, SseEmitter emitter) {
		Stream removed = set.remove(emitter);
		if (removed != null) {
			release(removed.address());
		}
	}

	private void release(String address) {
		this.perAddress.computeIfPresent(address, (key, count) -> (count.decrementAndGet() <= 0) ? null : count);
	}

	/**
	 * Announces a change of the interview once the current transaction (if any) has
	 * committed.
	 */
	void changed(Long interviewId) {
		if (this.sharedThroughDatabase) {
			// Transactional: PostgreSQL delivers it on commit, and drops it on rollback.
			this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, interviewId.toString());
		}
		else {
			this.afterCommit.run(() -> deliver(interviewId));
		}
	}

	/**
	 * The part of {@link #changed} that belongs in a unit of the group commit
	 * ({@link app.mockinterview.system.GroupCommit}): on PostgreSQL the notification
	 * joins the writer's transaction and is delivered on its commit. The caller then
	 * calls {@link #changedByGroupCommit}.
	 */
	void changedInGroupCommit(Long interviewId) {
		if (this.sharedThroughDatabase) {
			this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, interviewId.toString());
		}
	}

	/**
	 * Tells this instance's streams of a change the group commit has committed (on H2; on
	 * PostgreSQL the notification does it). Called on the caller's thread, so a slow
	 * stream never holds up the writer and everyone else's saves.
	 */
	void changedByGroupCommit(Long interviewId) {
		if (!this.sharedThroughDatabase) {
			deliver(interviewId);
		}
	}

	/**
	 * Ends this instance's streams opened with a token that no longer grants access, once
	 * the current transaction (if any) has committed. (Streams of the token on other
	 * instances only learn of changes; the pages they refresh answer 404.)
	 */
	void close(Long interviewId, String token) {
		Runnable close = () -> {
			Map<SseEmitter, Stream> set = this.streams.getOrDefault(interviewId, Map.of());
			set.forEach((emitter, owner) -> {
				if (owner.token().equals(token)) {
					remove(set, emitter);
					emitter.complete();
				}
			});
		};
		this.afterCommit.run(close);
	}

	int subscribers(Long interviewId) {
		return this.streams.getOrDefault(interviewId, Map.of()).size();
	}

	/** Tells this instance's open pages of the interview that it changed. */
	void deliver(Long interviewId) {
		send(this.streams.getOrDefault(interviewId, Map.of()), "change");
	}

	/**
	 * Tells every open page of this instance to refresh, after changes may have been
	 * missed (the notification connection was lost for a while).
	 */
	void deliverToAll() {
		this.streams.values().forEach((set) -> send(set, "change"));
	}

	/**
	 * Keeps idle connections open through proxies and finds streams whose browser has
	 * gone.
	 */
	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		this.streams.forEach((id, set) -> set.keySet().forEach((emitter) -> {
			try {
				emitter.send(SseEmitter.event().comment("heartbeat"));
			}
			catch (IOException | IllegalStateException ex) {
				remove(set, emitter);
			}
		}));
	}

	/**
	 * Closes every stream when the application shuts down, so a graceful shutdown does
	 * not wait for browsers that would keep them open for half an hour; they reconnect to
	 * another instance or after the restart.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		this.streams.values().forEach((set) -> set.keySet().forEach(SseEmitter::complete));
		this.streams.clear();
		this.perAddress.clear();
	}

	private void send(Map<SseEmitter, Stream> set, String name) {
		for (SseEmitter emitter : set.keySet()) {
			try {
				emitter.send(SseEmitter.event().name(name).data(name));
			}
			catch (IOException | IllegalStateException ex) {
				remove(set, emitter);
			}
		}
	}

}
