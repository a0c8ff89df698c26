package app.mockinterview.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The domain counters published on {@code /actuator/prometheus}. A change is counted once
 * its transaction commits, so a rolled-back attempt is not counted.
 */
@Component
public class ActivityMetrics {

	private final Counter practiceStarted;

	private final Counter practiceCompleted;

	private final Counter interviewsStarted;

	private final Counter interviewsCompleted;

	private final MeterRegistry registry;

	private final Counter importProblems;

	public ActivityMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.practiceStarted = Counter.builder("mockinterview.practice.attempts.started")
			.description("Solo practice attempts started")
			.register(registry);
		this.practiceCompleted = Counter.builder("mockinterview.practice.attempts.completed")
			.description("Solo practice attempts finished with a self-score")
			.register(registry);
		this.interviewsStarted = Counter.builder("mockinterview.interviews.started")
			.description("Mock interviews that left the ready state")
			.register(registry);
		this.interviewsCompleted = Counter.builder("mockinterview.interviews.completed")
			.description("Mock interviews ended")
			.register(registry);
		this.importProblems = Counter.builder("mockinterview.content.import.problems")
			.description("Problems (errors and warnings) reported by content imports")
			.register(registry);
		for (String kind : new String[] { "practice", "candidate", "interviewer", "sheet" }) {
			autosaves(kind);
		}
	}

	public void practiceStarted() {
		afterCommit(this.practiceStarted, 1);
	}

	public void practiceCompleted() {
		afterCommit(this.practiceCompleted, 1);
	}

	public void interviewStarted() {
		afterCommit(this.interviewsStarted, 1);
	}

	public void interviewCompleted() {
		afterCommit(this.interviewsCompleted, 1);
	}

	/**
	 * An autosave that was stored; {@code kind} is {@code practice}, {@code candidate},
	 * {@code interviewer} or {@code sheet}.
	 */
	public void autosaved(String kind) {
		afterCommit(autosaves(kind), 1);
	}

	public void importProblems(int count) {
		afterCommit(this.importProblems, count);
	}

	private Counter autosaves(String kind) {
		return Counter.builder("mockinterview.autosaves")
			.description("Autosaves stored, by what was saved")
			.tag("kind", kind)
			.register(this.registry);
	}

	private static void afterCommit(Counter counter, int amount) {
		if (amount <= 0) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					counter.increment(amount);
				}

			});
		}
		else {
			counter.increment(amount);
		}
	}

}
