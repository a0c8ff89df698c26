package app.mockinterview.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.mockinterview.question.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The interview's stage machine and clocks.
 */
class InterviewTests {

	private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

	private final Interview interview = Interview.create("session", 1, List.of("q1", "q2"), "Ines", "Carl", "browser",
			false, null, T0);

	@Test
	void startsReadyWithALeadInterviewerAndUnguessableTokens() {
		assertThat(this.interview.getStatus()).isEqualTo(InterviewStatus.READY);
		assertThat(this.interview.getCandidateToken()).matches("[A-Za-z0-9_-]{22}");
		assertThat(this.interview.lead()).get().satisfies((lead) -> {
			assertThat(lead.getName()).isEqualTo("Ines");
			assertThat(lead.getToken()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(this.interview.getCandidateToken());
		});
	}

	@Test
	void theInterviewerMovesFreelyBetweenStagesAndTheClockFollows() {
		this.interview.start(T0);
		this.interview.moveTo(Stage.ANSWER, T0.plusSeconds(60));
		this.interview.moveTo(Stage.CLARIFY, T0.plusSeconds(100));
		Instant now = T0.plusSeconds(130);
		assertThat(this.interview.elapsed(0, Stage.CLARIFY, now)).isEqualTo(Duration.ofSeconds(90));
		assertThat(this.interview.elapsed(0, Stage.ANSWER, now)).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.interview.elapsed(0, Stage.APPROACH, now)).isZero();
	}

	@Test
	void pausingStopsTheClockAndResumingRestartsIt() {
		this.interview.start(T0);
		this.interview.pause(T0.plusSeconds(30));
		assertThat(this.interview.elapsed(0, Stage.CLARIFY, T0.plusSeconds(300))).isEqualTo(Duration.ofSeconds(30));
		this.interview.resume(T0.plusSeconds(300));
		assertThat(this.interview.elapsed(0, Stage.CLARIFY, T0.plusSeconds(310))).isEqualTo(Duration.ofSeconds(40));
	}

	@Test
	void movesToTheNextQuestionAtItsFirstStage() {
		this.interview.start(T0);
		this.interview.moveTo(Stage.REVIEW, T0);
		this.interview.moveToQuestion(1, T0.plusSeconds(5));
		assertThat(this.interview.getCurrentPosition()).isEqualTo(1);
		assertThat(this.interview.getCurrentStage()).isEqualTo(Stage.CLARIFY);
		assertThatExceptionOfType(InterviewStateException.class).isThrownBy(() -> this.interview.moveToQuestion(2, T0));
	}

	@Test
	void extendingAddsMinutesToTheCurrentStageOnly() {
		this.interview.start(T0);
		this.interview.extendCurrentStage(5);
		this.interview.extendCurrentStage(2);
		assertThat(this.interview.clock(0, Stage.CLARIFY).getExtraMinutes()).isEqualTo(7);
		assertThat(this.interview.clock(0, Stage.APPROACH).getExtraMinutes()).isZero();
	}

	@Test
	void anEndedInterviewCannotBeDrivenAnyMore() {
		this.interview.start(T0);
		this.interview.end(T0.plusSeconds(10));
		assertThat(this.interview.getStatus()).isEqualTo(InterviewStatus.ENDED);
		assertThatExceptionOfType(InterviewStateException.class)
			.isThrownBy(() -> this.interview.moveTo(Stage.ANSWER, T0.plusSeconds(20)));
		assertThatExceptionOfType(InterviewStateException.class).isThrownBy(() -> this.interview.extendCurrentStage(2));
		assertThat(this.interview.elapsed(0, Stage.CLARIFY, T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void theSelfAssessmentOpensAtTheWrapUpAndIsTakenOnce() {
		List<CriterionRating> ratings = List.of(new CriterionRating(0, "communication", "Communication", 3, false));
		this.interview.start(T0);
		assertThatExceptionOfType(InterviewStateException.class)
			.isThrownBy(() -> this.interview.recordSelfAssessment(ratings, T0));
		this.interview.moveTo(Stage.REVIEW, T0);
		this.interview.recordSelfAssessment(ratings, T0);
		assertThat(this.interview.getCandidateRatings()).isEqualTo(ratings);
		assertThatExceptionOfType(InterviewStateException.class)
			.isThrownBy(() -> this.interview.recordSelfAssessment(ratings, T0));
	}

}
