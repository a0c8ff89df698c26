package app.mockinterview.interview.sheet;

import app.mockinterview.interview.SheetRating;
import app.mockinterview.interview.TimeStamps;
import app.mockinterview.interview.RatingLabels;
import app.mockinterview.question.InterviewerGuide;
import app.mockinterview.question.QuestionParts;
import app.mockinterview.question.RedFlag;
import app.mockinterview.question.RubricCriterion;

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

	/**
	 * @param guide the question's red flags, wrong answers, senior signals and version
	 * notes
	 */
	public record QuestionBlock(int number, String title, List<Row> rows, String followUpsHtml, InterviewerGuide guide,
			String guideHtml) {

	}

	/**
	 * @param criterion what is rated, with its level descriptions; null when the question
	 * no longer has the criterion the sheet was made with
	 * @param redFlags the answers that cap this criterion's rating
	 */
	public record Row(int index, SheetRating rating, RubricCriterion criterion, String candidateRating,
			List<RedFlag> redFlags, String redFlagsHtml, QuestionParts.RatingOptions options) {

		public String meaningHtml() {
			return (this.criterion != null) ? this.criterion.meaningHtml() : "";
		}

	}

	public record StageTimes(int questionNumber, String stage, String elapsed, int suggestedMinutes) {

	}

	/** The line under each question's heading on the printed sheet. */
	public String printLine(QuestionBlock block) {
		return "Candidate: " + this.candidateName + " · Interviewer: " + this.interviewerName + " · Round "
				+ this.roundNumber + " · Question " + block.number() + " of " + this.questions.size();
	}

	/** The stored overall recommendation as the form's buttons name it, "" for none. */
	public String overallValue() {
		return (this.overallRating != null) ? String.valueOf(this.overallRating) : "";
	}

	/** The private notes, escaped, with their time stamps as times. */
	public String privateNotesHtml() {
		return TimeStamps.html(this.privateNotes);
	}

	public String overallLabel() {
		return RatingLabels.of(this.overallRating, false, this.scale);
	}

	public String labelFor(SheetRating rating) {
		return RatingLabels.of(rating.rating(), rating.notAssessed(), this.scale);
	}

}
