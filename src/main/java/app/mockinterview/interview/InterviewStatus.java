package app.mockinterview.interview;

/**
 * Where an interview is: created but not started, running, or ended.
 */
public enum InterviewStatus {

	READY("Not started"), RUNNING("Running"), ENDED("Ended");

	private final String label;

	InterviewStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
