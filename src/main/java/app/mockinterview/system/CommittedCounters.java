package app.mockinterview.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters published on {@code /actuator/prometheus} that count a change once its
 * transaction commits, so a rolled-back change is not counted. Features register their
 * own ({@code PracticeMetrics}, {@code InterviewMetrics}, ...).
 */
@Component
public class CommittedCounters {

	private final MeterRegistry registry;

	private final AfterCommit afterCommit;

	public CommittedCounters(MeterRegistry registry, AfterCommit afterCommit) {
		this.registry = registry;
		this.afterCommit = afterCommit;
	}

	/**
	 * Registers a counter (shown at 0 until something is counted).
	 * @param tags tag names and values, alternately
	 */
	public Count counter(String name, String description, String... tags) {
		Counter counter = Counter.builder(name).description(description).tags(tags).register(this.registry);
		return (amount) -> {
			if (amount > 0) {
				this.afterCommit.run(() -> counter.increment(amount));
			}
		};
	}

	/** A counter that counts after commit. */
	@FunctionalInterface
	public interface Count {

		void add(int amount);

		default void add() {
			add(1);
		}

	}

	/**
	 * The counter of stored autosaves of one kind ({@code mockinterview.autosaves},
	 * tagged with what was saved: {@code practice}, {@code candidate}, ...).
	 */
	public Count autosaves(String kind) {
		return counter("mockinterview.autosaves", "Autosaves stored, by what was saved", "kind", kind);
	}

}
