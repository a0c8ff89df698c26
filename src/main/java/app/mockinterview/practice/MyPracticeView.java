package app.mockinterview.practice;

import java.time.Instant;
import java.util.List;

import app.mockinterview.question.Difficulty;
import app.mockinterview.question.Stage;
import app.mockinterview.question.ElapsedTime;

/**
 * The "My practice" page of one profile.
 */
public record MyPracticeView(String profileId, List<AttemptRow> attempts, List<CriterionAverage> weakestFirst,
		List<Suggestion> suggestions, Progress progress) {

	public record AttemptRow(String id, String questionId, String questionTitle, Difficulty difficulty,
			Instant startedAt, boolean completed, Stage currentStage, long totalSeconds, int hintsUsed,
			Double averageScore) {

		private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(java.time.ZoneOffset.UTC);

		public String startedText() {
			return STARTED.format(this.startedAt);
		}

		/** The time spent as the stage timers show it: "0:52", "12:05". */
		public String totalText() {
			return ElapsedTime.format(this.totalSeconds);
		}

	}

	public record CriterionAverage(String name, double average, int ratings) {

	}

	public record Suggestion(String questionId, String title, Difficulty difficulty, String area, String reason) {

	}

	/**
	 * The pictures: self-scores over time for the chosen area and criterion, and the time
	 * per stage, each with the table it is drawn from.
	 */
	public record Progress(String area, String criterion, List<Option> areas, List<Option> criteria,
			app.mockinterview.chart.LineChart scores, List<ScoreRow> scoreRows, app.mockinterview.chart.BarChart times,
			List<TimeRow> timeRows) {

	}

	/** A choice of a select: the value sent, its name and whether it is the one shown. */
	public record Option(String value, String label, boolean selected) {

	}

	public record ScoreRow(String date, String question, String score) {

	}

	public record TimeRow(String stage, String median, String suggested, String over) {

	}

	public boolean isEmpty() {
		return this.attempts.isEmpty();
	}

}
