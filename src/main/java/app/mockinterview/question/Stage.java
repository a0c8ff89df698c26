package app.mockinterview.question;

import java.util.Optional;

/**
 * The stages every question is worked through, in order. Solo practice calls the last
 * stage "Review", a mock interview calls it "Wrap-up"; the order and the rules are the
 * same for both.
 */
public enum Stage {

	CLARIFY("Clarify", "Ask questions, state assumptions and agree the scope."),
	APPROACH("Approach", "Lay out the structure of your answer before the details."),
	ANSWER("Answer", "Give the full answer: design, commands, numbers and trade-offs."),
	REVIEW("Review", "Compare with the model answer and score yourself.");

	private final String label;

	private final String purpose;

	Stage(String label, String purpose) {
		this.label = label;
		this.purpose = purpose;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The name used in a mock interview, where the last stage is the wrap-up rather than
	 * a self-review.
	 */
	public String interviewLabel() {
		return (this == REVIEW) ? "Wrap-up" : this.label;
	}

	/** What the stage is for in a mock interview, as the candidate reads it. */
	public String interviewPurpose() {
		return (this == REVIEW) ? "Wrap up: ask your own questions, then rate yourself on the same criteria."
				: this.purpose;
	}

	public String purpose() {
		return this.purpose;
	}

	/** Whether the stage has a suggested time box (the last stage does not). */
	public boolean isTimed() {
		return this != REVIEW;
	}

	public Optional<Stage> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public Optional<Stage> previous() {
		return (ordinal() > 0) ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
