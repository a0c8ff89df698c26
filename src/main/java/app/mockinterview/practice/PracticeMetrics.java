package app.mockinterview.practice;

import app.mockinterview.system.CommittedCounters;
import app.mockinterview.system.CommittedCounters.Count;

import org.springframework.stereotype.Component;

/** Solo practice's counters: attempts started and finished, notes autosaved. */
@Component
class PracticeMetrics {

	final Count started;

	final Count completed;

	final Count autosaved;

	PracticeMetrics(CommittedCounters counters) {
		this.started = counters.counter("mockinterview.practice.attempts.started", "Solo practice attempts started");
		this.completed = counters.counter("mockinterview.practice.attempts.completed",
				"Solo practice attempts finished with a self-score");
		this.autosaved = counters.autosaves("practice");
	}

}
