package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.InterviewerGuide;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;

/**
 * The read models of the interview pages. The candidate's records hold only what a
 * candidate may see: no rubric meanings, approach, model answer, follow-ups, hints,
 * interviewer notes or scores (until feedback is shared).
 */
public final class InterviewViews {

	private InterviewViews() {
	}

	private static String clock(long seconds) {
		return app.mockinterview.question.ElapsedTime.format(seconds);
	}

	/** The stage clock as pages show it. */
	public record Timer(long elapsedSeconds, long limitSeconds, boolean running, boolean hidden) {

		public String elapsedText() {
			return clock(this.elapsedSeconds);
		}

		public String limitText() {
			if (this.limitSeconds <= 0) {
				return "no time limit";
			}
			long difference = this.limitSeconds - this.elapsedSeconds;
			return (difference >= 0) ? clock(difference) + " left" : clock(-difference) + " over";
		}

		public boolean isOver() {
			return this.limitSeconds > 0 && this.elapsedSeconds > this.limitSeconds;
		}

	}

	public record QuestionRef(int position, String id, String title) {

		public int number() {
			return this.position + 1;
		}

	}

	public record StageTime(int position, Stage stage, String elapsedText, int suggestedMinutes) {

	}

	public record Round(int roundNumber, String consoleLink, String candidateLink, boolean current) {

	}

	/** What the interviewer's console shows. */
	public record Console(String token, String interviewerName, boolean lead, String candidateName,
			InterviewStatus status, boolean paused, boolean timerHidden, boolean timeLimitsOff, int roundNumber,
			List<QuestionRef> questions, QuestionRef current, Stage stage, String promptHtml, String clarifyHtml,
			String approachHtml, String modelAnswerHtml, String followUpsHtml, List<RubricCriterion> rubric,
			InterviewerGuide guide, List<RatingLevel> scale, Timer timer, String candidateLink, String candidateNotes,
			Instant candidateNotesSavedAt, String privateNotes, long privateNotesRevision,
			List<PrivateNote> allPrivateNotes, List<OtherInterviewer> otherInterviewers, boolean sheetSubmitted,
			boolean feedbackShared, boolean selfAssessed, List<Round> rounds, List<StageTime> stageTimes,
			long version) {

		public boolean isRunning() {
			return this.status == InterviewStatus.RUNNING;
		}

		public boolean isEnded() {
			return this.status == InterviewStatus.ENDED;
		}

		public String stepState(Stage step) {
			if (step == this.stage) {
				return "current";
			}
			return (step.ordinal() < this.stage.ordinal()) ? "done" : "open";
		}

		public Stage previousStage() {
			return this.stage.previous().orElse(null);
		}

		public Stage nextStage() {
			return this.stage.next().orElse(null);
		}

		public boolean hasNextQuestion() {
			return this.current.position() + 1 < this.questions.size();
		}

		public String liveKey() {
			return this.status + ":" + this.current.position() + ":" + this.stage + ":" + this.paused;
		}

		/**
		 * The console's private-notes form belongs to one stage, so any stage change
		 * swaps the whole page (in place, with JavaScript).
		 */
		public String pageKey() {
			return liveKey();
		}

	}

	public record PrivateNote(int questionNumber, Stage stage, String notes, Instant savedAt) {

		public String savedText() {
			return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.savedAt);
		}

	}

	/**
	 * Another interviewer as the console shows them. Only the lead sees an invitation
	 * link, and only until it is claimed; nobody sees another interviewer's console link.
	 */
	public record OtherInterviewer(long id, String name, String invitationLink, boolean joined, boolean submitted) {

	}

	/** What the candidate's room shows. */
	public record Room(String token, String candidateName, InterviewStatus status, boolean paused, int roundNumber,
			int questionCount, QuestionRef current, Stage stage, String promptHtml, Timer timer, String notes,
			long notesRevision, Instant notesSavedAt, List<CriterionRating> selfAssessmentSlots, boolean selfAssessed,
			Feedback feedback, boolean candidateFeedbackGiven, String nextRoundConsoleLink, List<RatingLevel> scale) {

		public boolean isEnded() {
			return this.status == InterviewStatus.ENDED;
		}

		public boolean isSelfAssessmentOpen() {
			return !this.selfAssessed && (this.stage == Stage.REVIEW || isEnded());
		}

		public boolean isCandidateFeedbackOpen() {
			return !this.candidateFeedbackGiven && (this.feedback != null || isEnded());
		}

		public String liveKey() {
			return this.status + ":" + this.current.position() + ":" + this.stage + ":" + this.paused + ":"
					+ (this.feedback != null) + ":" + this.selfAssessed;
		}

		/**
		 * Changes that need the whole room swapped (another question's notes, new forms
		 * such as the wrap-up's self-assessment), not just the live part. With JavaScript
		 * the swap happens in place and keeps the notes being typed.
		 */
		public String pageKey() {
			return this.status + ":" + this.current.position() + ":" + (this.feedback != null) + ":" + this.selfAssessed
					+ ":" + (this.stage == Stage.REVIEW);
		}

	}

	/**
	 * The feedback the lead interviewer shared: ratings side by side with the candidate's
	 * own, and the gaps.
	 */
	public record Feedback(List<FeedbackRow> rows, Integer overallRating, String overallLabel,
			String feedbackForCandidate) {

	}

	public record FeedbackRow(int questionNumber, String criterionName, String interviewerRating,
			String candidateRating, Integer gap) {

	}

}
