package app.mockinterview.interview;

import app.mockinterview.system.CommittedCounters;
import app.mockinterview.system.CommittedCounters.Count;

import org.springframework.stereotype.Component;

/** Mock interviews' counters: started, ended, and the notes autosaved on each side. */
@Component
class InterviewMetrics {

	final Count started;

	final Count completed;

	final Count candidateNotesSaved;

	final Count interviewerNotesSaved;

	InterviewMetrics(CommittedCounters counters) {
		this.started = counters.counter("mockinterview.interviews.started",
				"Mock interviews that left the ready state");
		this.completed = counters.counter("mockinterview.interviews.completed", "Mock interviews ended");
		this.candidateNotesSaved = counters.autosaves("candidate");
		this.interviewerNotesSaved = counters.autosaves("interviewer");
	}

}
