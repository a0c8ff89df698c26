package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import app.mockinterview.content.UserMarkdown;
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

	/**
	 * The stage clock as pages show it, with the interviewer's settings: hidden, and time
	 * limits switched off.
	 */
	public record Timer(long elapsedSeconds, long limitSeconds, boolean running, boolean hidden, boolean limitsOff) {

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

		public String label() {
			return this.running ? "Time in this stage" : "Timer stopped";
		}

	}

	public record QuestionRef(int position, String id, String title) {

		public int number() {
			return this.position + 1;
		}

	}

	public record StageTime(int position, Stage stage, String elapsedText, int suggestedMinutes) {

		public int questionNumber() {
			return this.position + 1;
		}

		/** The stage's suggested time, or a dash for a stage without a limit. */
		public String suggestedText() {
			return this.stage.isTimed() ? this.suggestedMinutes + " min" : "—";
		}

	}

	public record Round(int roundNumber, String consoleLink, String candidateLink, boolean current) {

		public String label() {
			return "Round " + this.roundNumber + (this.current ? " (this one)" : "");
		}

	}

	/**
	 * What the interviewer's console shows, in parts: who takes part, where the interview
	 * is, the question being asked, the stage clock, the notes, the scoring and the
	 * rounds of the session.
	 */
	public record Console(String token, People people, Progress progress, AskedQuestion question, Timer timer,
			ConsoleNotes notes, Scoring scoring, List<Round> rounds, List<StageTime> stageTimes, InterviewClock clock) {

		/** The question being asked now. */
		public QuestionRef current() {
			return this.progress.current();
		}

		public String liveKey() {
			return this.progress.status() + ":" + this.progress.current().position() + ":" + this.progress.stage() + ":"
					+ this.progress.paused();
		}

		/**
		 * The console's private-notes form belongs to one stage, so any stage change
		 * swaps the whole page (in place, with JavaScript); so does a change of the stage
		 * bar's timer (it stays in view outside the live part) and a submitted sheet (its
		 * scoring turns read-only).
		 */
		public String pageKey() {
			return liveKey() + ":" + this.timer.hidden() + ":" + this.timer.limitSeconds() + ":"
					+ this.scoring.sheetSubmitted();
		}

	}

	/**
	 * Who takes part, as this interviewer sees it: their own name and whether they lead,
	 * the candidate and the link to send them, and the other interviewers.
	 */
	public record People(String interviewerName, boolean lead, String candidateName, String candidateLink,
			List<OtherInterviewer> otherInterviewers) {

	}

	/** Where the interview is: its round and status, the question and the stage. */
	public record Progress(int roundNumber, InterviewStatus status, boolean paused, List<QuestionRef> questions,
			QuestionRef current, Stage stage) {

		public boolean isReady() {
			return this.status == InterviewStatus.READY;
		}

		public boolean isRunning() {
			return this.status == InterviewStatus.RUNNING;
		}

		public boolean isEnded() {
			return this.status == InterviewStatus.ENDED;
		}

		/** "Question 1 of 3 · Running", with " · paused" while paused. */
		public String summary() {
			return "Question " + this.current.number() + " of " + this.questions.size() + " · " + this.status.label()
					+ (this.paused ? " · paused" : "");
		}

		/** "Kafka lag: Clarify": the question and the stage. */
		public String heading() {
			return this.current.title() + ": " + this.stage.interviewLabel();
		}

		public List<Stage> stages() {
			return List.of(Stage.values());
		}

		public boolean isCurrent(Stage step) {
			return step == this.stage;
		}

		public String stepState(Stage step) {
			if (isCurrent(step)) {
				return "current";
			}
			return (step.ordinal() < this.stage.ordinal()) ? "done" : "open";
		}

		/** What a stage's button in the stepper says besides the stage's name. */
		public String stepText(Stage step) {
			if (isCurrent(step)) {
				return "current stage";
			}
			return isRunning() ? "go to" : "";
		}

		public boolean canMoveTo(Stage step) {
			return isRunning() && !isCurrent(step);
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

		public boolean hasSeveralQuestions() {
			return this.questions.size() > 1;
		}

	}

	/**
	 * The question being asked, with everything the interviewer judges it by: the prompt
	 * the candidate sees, what to clarify, the approach, the model answer, the
	 * follow-ups, the rubric with its scale, and the judging guide; {@code guideHtml} is
	 * all of that as the console's guide shows it at the current stage, pre-rendered
	 * ({@link app.mockinterview.question.QuestionParts}).
	 */
	public record AskedQuestion(String promptHtml, String clarifyHtml, String approachHtml, String modelAnswerHtml,
			String followUpsHtml, List<RubricCriterion> rubric, List<RatingLevel> scale, InterviewerGuide guide,
			String guideHtml) {

	}

	/**
	 * The notes the console shows: the candidate's on the current question (live), this
	 * interviewer's own private notes for the current stage with their revision, and all
	 * their private notes so far.
	 */
	public record ConsoleNotes(String candidateNotes, String privateNotes, long privateNotesRevision,
			List<PrivateNote> allPrivateNotes) {

		/** The revision the next save of the private notes carries. */
		public long nextRevision() {
			return this.privateNotesRevision + 1;
		}

		/**
		 * The candidate's notes rendered as Markdown (sanitised), as their preview shows
		 * them.
		 */
		public String candidateNotesHtml() {
			return UserMarkdown.toSafeHtml(this.candidateNotes);
		}

	}

	/**
	 * The interview's own clock (all stages so far), which the console's time stamps
	 * read.
	 */
	public record InterviewClock(long elapsedSeconds, boolean running) {

	}

	/**
	 * Where the scoring stands: this interviewer's sheet (with its version and the
	 * criteria of the current question, scored on the console), the shared feedback, the
	 * candidate's self-assessment.
	 */
	public record Scoring(boolean sheetSubmitted, boolean feedbackShared, boolean selfAssessed, long sheetVersion,
			List<ScoringRow> criteria) {

		public String sheetLinkText() {
			return this.sheetSubmitted ? "Your scoring sheet (submitted)" : "Your scoring sheet (draft)";
		}

	}

	/**
	 * One criterion of the current question on this interviewer's sheet.
	 *
	 * @param index the criterion's place on the whole sheet, which names its form fields
	 * as on the sheet page
	 * @param criterion what is rated, with its level descriptions; null when the question
	 * no longer has it
	 * @param ratingLabel the rating as words ("3 · Lean yes", "Not assessed")
	 */
	public record ScoringRow(int index, SheetRating rating, RubricCriterion criterion,
			List<app.mockinterview.question.RedFlag> redFlags, String ratingLabel) {

	}

	public record PrivateNote(int questionNumber, Stage stage, String notes, Instant savedAt) {

		/** The notes, escaped, with their time stamps as times. */
		public String notesHtml() {
			return TimeStamps.html(this.notes);
		}

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

		public String statusText() {
			if (this.submitted) {
				return "(sheet submitted)";
			}
			return this.joined ? "(sheet in progress)" : "(invited, not joined yet)";
		}

	}

	/**
	 * What the candidate's room shows. {@code promptPartHtml} is the prompt as the room
	 * shows it, pre-rendered from the candidate's view of the question
	 * ({@link app.mockinterview.question.QuestionParts#candidatePrompt}).
	 */
	public record Room(String token, String candidateName, InterviewStatus status, boolean paused, int roundNumber,
			int questionCount, QuestionRef current, Stage stage, String promptHtml, String promptPartHtml, Timer timer,
			String notes, long notesRevision, Instant notesSavedAt, List<CriterionRating> selfAssessmentSlots,
			boolean selfAssessed, Feedback feedback, boolean candidateFeedbackGiven, String nextRoundConsoleLink,
			List<RatingLevel> scale) {

		public boolean isEnded() {
			return this.status == InterviewStatus.ENDED;
		}

		public boolean isRunning() {
			return this.status == InterviewStatus.RUNNING;
		}

		/**
		 * The candidate's own notes rendered as Markdown (sanitised), for their preview.
		 */
		public String notesHtml() {
			return UserMarkdown.toSafeHtml(this.notes);
		}

		/** "Question 1 of 3", with " · paused" while paused. */
		public String summary() {
			return "Question " + this.current.number() + " of " + this.questionCount + (this.paused ? " · paused" : "");
		}

		/** A criterion to rate, named with its question when there are several. */
		public String slotLabel(CriterionRating slot) {
			return withQuestion(slot.position() + 1, slot.criterionName());
		}

		/** A row of the feedback, named with its question when there are several. */
		public String rowLabel(FeedbackRow row) {
			return withQuestion(row.questionNumber(), row.criterionName());
		}

		private String withQuestion(int questionNumber, String criterionName) {
			return (this.questionCount > 1) ? "Q" + questionNumber + ": " + criterionName : criterionName;
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

		public String candidateRatingText() {
			return (this.candidateRating != null) ? this.candidateRating : "—";
		}

		/**
		 * The candidate's rating minus the interviewer's, signed ("+1", "-2"), or a dash.
		 */
		public String gapText() {
			if (this.gap == null) {
				return "—";
			}
			return (this.gap > 0) ? "+" + this.gap : String.valueOf(this.gap);
		}

		/** Two or more points apart. */
		public boolean isFar() {
			return this.gap != null && Math.abs(this.gap) >= 2;
		}

	}

}
