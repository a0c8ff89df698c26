package app.mockinterview.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.question.Difficulty;
import app.mockinterview.question.InterviewerGuide;
import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;

/**
 * Everything an attempt page shows, computed at one instant.
 */
public record AttemptView(String id, String questionId, String questionTitle, Difficulty difficulty, String promptHtml,
		Stage current, boolean completed, boolean relaxed, boolean timerHidden, List<Step> steps, StageWork work,
		Review review, Duration totalTime, int hintsUsed, Instant startedAt) {

	/** One stage in the stepper. */
	public record Step(Stage stage, String state, boolean reachable, long elapsedSeconds, int suggestedMinutes) {

		public boolean isCurrent() {
			return "current".equals(this.state);
		}

		public String elapsedText() {
			return clock(this.elapsedSeconds);
		}

	}

	/** The current timed stage: notes, hints and timer. */
	public record StageWork(Stage stage, String notes, long revision, Instant savedAt, List<String> hintsHtml,
			int hintsTotal, long elapsedSeconds, long limitSeconds) {

		public boolean hasMoreHints() {
			return this.hintsHtml.size() < this.hintsTotal;
		}

		public boolean isOverTime() {
			return this.limitSeconds > 0 && this.elapsedSeconds > this.limitSeconds;
		}

		public String elapsedText() {
			return clock(this.elapsedSeconds);
		}

		/** "4:10 left", "0:35 over", or empty in relaxed mode. */
		public String limitText() {
			if (this.limitSeconds <= 0) {
				return "";
			}
			long difference = this.limitSeconds - this.elapsedSeconds;
			return (difference >= 0) ? clock(difference) + " left" : clock(-difference) + " over";
		}

		public long nextRevision() {
			return this.revision + 1;
		}

		public int hintsLeft() {
			return this.hintsTotal - this.hintsHtml.size();
		}

		/** The notes as their preview shows them: rendered Markdown, sanitised. */
		public String notesHtml() {
			return UserMarkdown.toSafeHtml(this.notes);
		}

	}

	/** The review: the candidate's notes beside the guidance, and the self-score. */
	public record Review(List<StageNotes> notes, String clarifyHtml, String approachHtml, String modelAnswerHtml,
			String followUpsHtml, String sourcesHtml, List<RubricCriterion> rubric, List<RatingLevel> scale,
			List<SelfScore> selfScores, InterviewerGuide guide) {

		public int ratingFor(String criterionKey) {
			return this.selfScores.stream()
				.filter((score) -> score.criterionKey().equals(criterionKey))
				.mapToInt(SelfScore::rating)
				.findFirst()
				.orElse(0);
		}

		/**
		 * The guidance to compare a stage's notes with: what a strong candidate
		 * clarifies, the structure of a strong answer, or the model answer.
		 */
		public String guideHtml(Stage stage) {
			return switch (stage) {
				case CLARIFY -> this.clarifyHtml;
				case APPROACH -> this.approachHtml;
				default -> this.modelAnswerHtml;
			};
		}

		/** The heading of {@link #guideHtml(Stage)}. */
		public String guideHeading(Stage stage) {
			return switch (stage) {
				case CLARIFY -> "What a strong candidate clarifies";
				case ANSWER -> "Model answer";
				default -> "A strong structure";
			};
		}

		public String labelFor(int rating) {
			return this.scale.stream()
				.filter((level) -> level.getScore() == rating)
				.map(RatingLevel::getLabel)
				.findFirst()
				.orElse("Not rated");
		}

	}

	public record StageNotes(Stage stage, String notesHtml, boolean empty, int hintsUsed, long elapsedSeconds) {

		public String elapsedText() {
			return clock(this.elapsedSeconds);
		}

	}

	public String totalTimeText() {
		return clock(this.totalTime.toSeconds());
	}

	private static String clock(long seconds) {
		return app.mockinterview.question.ElapsedTime.format(seconds);
	}

	public Stage previous() {
		return this.current.previous().orElse(null);
	}

	public Stage next() {
		return this.current.next().orElse(null);
	}

}
