package app.mockinterview.interview;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent event streams of open interview pages. A change is announced only after its
 * transaction commits, so a page that reacts by fetching the new state always finds it.
 * The streams carry no content, only "something changed": each page fetches what its own
 * token may see.
 */
@Component
class InterviewEvents {

	private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	/** Open streams per interview, each with the token of the page that opened it. */
	private final Map<Long, Map<SseEmitter, String>> streams = new ConcurrentHashMap<>();

	SseEmitter subscribe(Long interviewId, String token) {
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		Map<SseEmitter, String> set = this.streams.computeIfAbsent(interviewId, (id) -> new ConcurrentHashMap<>());
		set.put(emitter, token);
		Runnable remove = () -> set.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		try {
			emitter.send(SseEmitter.event().name("ready").data("ready").reconnectTime(1000));
		}
		catch (IOException ex) {
			set.remove(emitter);
		}
		return emitter;
	}

	/**
	 * Announces a change of the interview once the current transaction (if any) has
	 * committed.
	 */
	void changed(Long interviewId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					send(interviewId, "change");
				}

			});
		}
		else {
			send(interviewId, "change");
		}
	}

	/**
	 * Ends the streams opened with a token that no longer grants access, once the current
	 * transaction (if any) has committed.
	 */
	void close(Long interviewId, String token) {
		Runnable close = () -> {
			Map<SseEmitter, String> set = this.streams.getOrDefault(interviewId, Map.of());
			set.forEach((emitter, owner) -> {
				if (owner.equals(token)) {
					set.remove(emitter);
					emitter.complete();
				}
			});
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					close.run();
				}

			});
		}
		else {
			close.run();
		}
	}

	int subscribers(Long interviewId) {
		return this.streams.getOrDefault(interviewId, Map.of()).size();
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
				set.remove(emitter);
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
	}

	private void send(Long interviewId, String name) {
		Map<SseEmitter, String> set = this.streams.getOrDefault(interviewId, Map.of());
		for (SseEmitter emitter : set.keySet()) {
			try {
				emitter.send(SseEmitter.event().name(name).data(name));
			}
			catch (IOException | IllegalStateException ex) {
				set.remove(emitter);
			}
		}
	}

}
