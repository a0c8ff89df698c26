package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import app.mockinterview.question.RatingLevel;

/**
 * A scoring sheet as its interviewer sees it, grouped by question, with the candidate's
 * self-ratings once both sides have submitted.
 */
public record SheetView(String token, String interviewerName, String candidateName, int roundNumber,
		List<QuestionBlock> questions, Integer overallRating, String feedbackForCandidate, String privateNotes,
		boolean submitted, Instant submittedAt, long version, List<SheetAmendment> amendments, List<RatingLevel> scale,
		boolean comparisonReady, List<StageTimes> stageTimes) {

	public record QuestionBlock(int number, String title, List<Row> rows, String followUpsHtml) {

	}

	public record Row(int index, SheetRating rating, String meaningHtml, String candidateRating) {

	}

	public record StageTimes(int questionNumber, String stage, String elapsed, int suggestedMinutes) {

	}

	public String overallLabel() {
		return InterviewPages.label(this.overallRating, false, this.scale);
	}

	public String labelFor(SheetRating rating) {
		return InterviewPages.label(rating.rating(), rating.notAssessed(), this.scale);
	}

}
