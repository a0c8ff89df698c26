package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Suggested minutes for the timed stages of a question.
 */
@Embeddable
public record StageMinutes(@Column(name = "minutes_clarify") int clarify,
		@Column(name = "minutes_approach") int approach, @Column(name = "minutes_answer") int answer) {

	public static final StageMinutes DEFAULT = new StageMinutes(5, 10, 20);

	public int total() {
		return this.clarify + this.approach + this.answer;
	}

	public int forStage(Stage stage) {
		return switch (stage) {
			case CLARIFY -> this.clarify;
			case APPROACH -> this.approach;
			case ANSWER -> this.answer;
			case REVIEW -> 0;
		};
	}

}
