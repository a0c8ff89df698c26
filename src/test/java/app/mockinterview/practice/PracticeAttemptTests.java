package app.mockinterview.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.mockinterview.question.Question;
import app.mockinterview.question.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stage rules and the stage clock of a practice attempt.
 */
class PracticeAttemptTests {

	private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

	private final PracticeAttempt attempt = PracticeAttempt.start("profile", new Question("q"), T0);

	@Test
	void startsInClarifyWithAnUnguessableId() {
		assertThat(this.attempt.getCurrentStage()).isEqualTo(Stage.CLARIFY);
		assertThat(this.attempt.getId()).matches("[A-Za-z0-9_-]{22}");
		assertThat(PracticeAttempt.start("profile", new Question("q"), T0).getId()).isNotEqualTo(this.attempt.getId());
	}

	@Test
	void movesForwardOneStageAtATime() {
		assertThat(this.attempt.canMoveTo(Stage.APPROACH)).isTrue();
		assertThat(this.attempt.canMoveTo(Stage.ANSWER)).isFalse();
		assertThatExceptionOfType(StageNotReachableException.class)
			.isThrownBy(() -> this.attempt.moveTo(Stage.ANSWER, T0))
			.withMessage("Answer is not open yet: finish Approach before going further.");
		this.attempt.moveTo(Stage.APPROACH, T0);
		this.attempt.moveTo(Stage.ANSWER, T0);
		assertThat(this.attempt.getCurrentStage()).isEqualTo(Stage.ANSWER);
	}

	@Test
	void goesBackToAnyStageAndForwardAgainToWhereItHadBeen() {
		this.attempt.moveTo(Stage.APPROACH, T0);
		this.attempt.moveTo(Stage.ANSWER, T0);
		this.attempt.moveTo(Stage.CLARIFY, T0);
		assertThat(this.attempt.canMoveTo(Stage.ANSWER)).isTrue();
		assertThat(this.attempt.canMoveTo(Stage.REVIEW)).isTrue();
		this.attempt.moveTo(Stage.ANSWER, T0);
		assertThat(this.attempt.getFurthestStage()).isEqualTo(Stage.ANSWER);
	}

	@Test
	void countsTimePerStageFromWhenItWasEnteredAndLeft() {
		this.attempt.moveTo(Stage.APPROACH, T0.plusSeconds(90));
		this.attempt.moveTo(Stage.CLARIFY, T0.plusSeconds(150));
		Instant later = T0.plusSeconds(200);
		assertThat(this.attempt.stage(Stage.CLARIFY).elapsed(later)).isEqualTo(Duration.ofSeconds(140));
		assertThat(this.attempt.stage(Stage.APPROACH).elapsed(later)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.attempt.totalTime(later)).isEqualTo(Duration.ofSeconds(200));
	}

	@Test
	void revealsHintsOneAtATimeUpToWhatTheStageHas() {
		this.attempt.revealHint(2);
		this.attempt.revealHint(2);
		this.attempt.revealHint(2);
		assertThat(this.attempt.stage(Stage.CLARIFY).getHintsRevealed()).isEqualTo(2);
		assertThat(this.attempt.hintsUsed()).isEqualTo(2);
	}

	@Test
	void completesOnlyFromReviewAndIsThenReadOnly() {
		List<SelfScore> scores = List.of(new SelfScore("communication", "Communication", 3, ""),
				new SelfScore("structure", "Structure", 2, "rushed"));
		assertThatExceptionOfType(StageNotReachableException.class).isThrownBy(() -> this.attempt.complete(scores, T0));
		this.attempt.moveTo(Stage.APPROACH, T0);
		this.attempt.moveTo(Stage.ANSWER, T0);
		this.attempt.moveTo(Stage.REVIEW, T0);
		this.attempt.complete(scores, T0.plusSeconds(10));
		assertThat(this.attempt.isCompleted()).isTrue();
		assertThat(this.attempt.averageSelfScore()).hasValue(2.5);
		assertThat(this.attempt.canMoveTo(Stage.CLARIFY)).isFalse();
		assertThatExceptionOfType(AttemptCompletedException.class)
			.isThrownBy(() -> this.attempt.moveTo(Stage.CLARIFY, T0));
		assertThatExceptionOfType(AttemptCompletedException.class).isThrownBy(() -> this.attempt.revealHint(3));
		assertThatExceptionOfType(AttemptCompletedException.class)
			.isThrownBy(() -> this.attempt.changeSettings(true, true));
	}

	@Test
	void stopsTheClockOfTheLastStageOnCompletion() {
		this.attempt.moveTo(Stage.APPROACH, T0);
		this.attempt.moveTo(Stage.ANSWER, T0);
		this.attempt.moveTo(Stage.REVIEW, T0);
		this.attempt.complete(List.of(), T0.plusSeconds(30));
		assertThat(this.attempt.totalTime(T0.plusSeconds(3600))).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void cleansNotesOfCarriageReturnsAndNulCharacters() {
		NotesEdit edit = new NotesEdit(Stage.CLARIFY, "a\r\nb\u0000c\rd", 1);
		assertThat(edit.notes()).isEqualTo("a\nbc\nd");
	}

}
