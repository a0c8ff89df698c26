package app.mockinterview.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.mockinterview.chart.BarChart;
import app.mockinterview.chart.LineChart;
import app.mockinterview.question.Area;
import app.mockinterview.question.ElapsedTime;
import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.Stage;

/**
 * The pictures of My practice: self-scores over time for one area and one criterion (or
 * the average of all), and the time spent per stage against the suggested times. Only
 * completed attempts count: an open one has neither a self-score nor its final times.
 */
final class PracticeProgress {

	static final String AVERAGE = "";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private PracticeProgress() {
	}

	static MyPracticeView.Progress of(List<PracticeAttempt> attempts, String areaSlug, String criterionKey,
			List<RatingLevel> scale, Instant now) {
		List<PracticeAttempt> completed = attempts.stream()
			.filter(PracticeAttempt::isCompleted)
			.sorted(Comparator.comparing(PracticeAttempt::getCompletedAt))
			.toList();
		Optional<Area> area = Area.fromSlug(areaSlug)
			.filter((wanted) -> completed.stream().anyMatch((attempt) -> attempt.getQuestion().getArea() == wanted));
		List<PracticeAttempt> inArea = completed.stream()
			.filter((attempt) -> area.isEmpty() || attempt.getQuestion().getArea() == area.get())
			.toList();
		Map<String, String> criteria = criteria(inArea);
		String criterion = (criterionKey != null && criteria.containsKey(criterionKey)) ? criterionKey : AVERAGE;

		List<MyPracticeView.Option> areaOptions = new ArrayList<>();
		areaOptions.add(new MyPracticeView.Option("", "All areas", area.isEmpty()));
		Arrays.stream(Area.values())
			.filter((candidate) -> completed.stream()
				.anyMatch((attempt) -> attempt.getQuestion().getArea() == candidate))
			.forEach((candidate) -> areaOptions.add(new MyPracticeView.Option(candidate.slug(), candidate.label(),
					area.isPresent() && area.get() == candidate)));
		List<MyPracticeView.Option> criterionOptions = new ArrayList<>();
		criterionOptions.add(new MyPracticeView.Option(AVERAGE, "Average of all criteria", criterion.equals(AVERAGE)));
		criteria
			.forEach((key, name) -> criterionOptions.add(new MyPracticeView.Option(key, name, key.equals(criterion))));

		String areaName = area.map(Area::label).orElse("all areas");
		String criterionName = criterion.equals(AVERAGE) ? "average of all criteria" : criteria.get(criterion);
		List<MyPracticeView.ScoreRow> scoreRows = new ArrayList<>();
		List<LineChart.Value> values = new ArrayList<>();
		for (PracticeAttempt attempt : inArea) {
			Optional<Double> score = score(attempt, criterion);
			if (score.isEmpty()) {
				continue;
			}
			String date = DATE.format(attempt.getCompletedAt());
			String text = scoreText(score.get(), criterion, scale);
			scoreRows.add(new MyPracticeView.ScoreRow(date, attempt.getQuestion().getTitle(), text));
			values.add(new LineChart.Value(DAY.format(attempt.getCompletedAt()), score.get(),
					date + ", " + attempt.getQuestion().getTitle() + ": " + text));
		}
		LineChart scores = LineChart.of("Self-scores over time: " + criterionName + ", " + areaName,
				scoresDescription(scoreRows, criterionName, areaName), emptyScores(area), levels(scale), values);
		List<MyPracticeView.TimeRow> timeRows = new ArrayList<>();
		List<BarChart.Bar> bars = new ArrayList<>();
		if (!inArea.isEmpty()) {
			for (Stage stage : Stage.values()) {
				if (!stage.isTimed()) {
					continue;
				}
				long[] spent = inArea.stream()
					.mapToLong((attempt) -> attempt.stage(stage).elapsed(now).toSeconds())
					.sorted()
					.toArray();
				int[] suggested = inArea.stream()
					.mapToInt((attempt) -> attempt.getQuestion().getMinutes().forStage(stage))
					.sorted()
					.toArray();
				long over = inArea.stream()
					.filter((attempt) -> attempt.stage(stage)
						.elapsed(now)
						.compareTo(Duration.ofMinutes(attempt.getQuestion().getMinutes().forStage(stage))) > 0)
					.count();
				double medianSeconds = median(Arrays.stream(spent).asDoubleStream().toArray());
				double medianSuggested = median(Arrays.stream(suggested).asDoubleStream().toArray());
				String spentText = ElapsedTime.format(Math.round(medianSeconds));
				String suggestedText = minutes(medianSuggested) + " min";
				String overText = over + " of " + inArea.size();
				timeRows.add(new MyPracticeView.TimeRow(stage.label(), spentText, suggestedText, overText));
				bars.add(new BarChart.Bar(stage.label(), medianSeconds / 60, spentText + " of " + suggestedText,
						medianSuggested, "suggested " + suggestedText + ", over it in " + overText + " attempts"));
			}
		}
		BarChart times = BarChart.of("Time per stage: your median against the suggested time, " + areaName,
				timesDescription(timeRows, inArea.size()),
				"No completed attempts yet" + (area.isPresent() ? " in " + areaName : "") + ".", "minutes", bars);
		return new MyPracticeView.Progress(area.map(Area::slug).orElse(""), criterion, areaOptions, criterionOptions,
				scores, scoreRows, times, timeRows);
	}

	/** The criteria rated in these attempts, by key, most often rated first. */
	private static Map<String, String> criteria(List<PracticeAttempt> attempts) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (PracticeAttempt attempt : attempts) {
			for (SelfScore score : attempt.getSelfScores()) {
				names.put(score.criterionKey(), score.criterionName());
				counts.merge(score.criterionKey(), 1, Integer::sum);
			}
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, String> entry) -> -counts.get(entry.getKey()))
				.thenComparing(Map.Entry::getValue))
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static Optional<Double> score(PracticeAttempt attempt, String criterion) {
		if (criterion.equals(AVERAGE)) {
			var average = attempt.averageSelfScore();
			return average.isPresent() ? Optional.of(average.getAsDouble()) : Optional.empty();
		}
		return attempt.getSelfScores()
			.stream()
			.filter((score) -> score.criterionKey().equals(criterion))
			.findFirst()
			.map((score) -> (double) score.rating());
	}

	private static String scoreText(double score, String criterion, List<RatingLevel> scale) {
		if (criterion.equals(AVERAGE)) {
			return String.format(java.util.Locale.ROOT, "%.1f average", score);
		}
		return scale.stream()
			.filter((level) -> level.getScore() == (int) score)
			.map((level) -> level.getScore() + " · " + level.getLabel())
			.findFirst()
			.orElse(String.valueOf((int) score));
	}

	private static List<LineChart.Level> levels(List<RatingLevel> scale) {
		return scale.stream().map((level) -> new LineChart.Level(level.getScore(), level.getLabel())).toList();
	}

	private static String emptyScores(Optional<Area> area) {
		return "No self-scores yet" + area.map((value) -> " in " + value.label()).orElse("")
				+ ". Finish an attempt with its self-score at the review, and your scores appear here.";
	}

	private static String scoresDescription(List<MyPracticeView.ScoreRow> rows, String criterion, String area) {
		if (rows.isEmpty()) {
			return "";
		}
		MyPracticeView.ScoreRow first = rows.get(0);
		MyPracticeView.ScoreRow last = rows.get(rows.size() - 1);
		return rows.size() + ((rows.size() == 1) ? " completed attempt" : " completed attempts") + " in " + area + ", "
				+ criterion + ": first " + first.score() + " on " + first.date() + ", latest " + last.score() + " on "
				+ last.date() + ". The table below lists every score.";
	}

	private static String timesDescription(List<MyPracticeView.TimeRow> rows, int attempts) {
		StringBuilder text = new StringBuilder("Median over " + attempts + " completed attempts. ");
		for (MyPracticeView.TimeRow row : rows) {
			text.append(row.stage())
				.append(": ")
				.append(row.median())
				.append(" against ")
				.append(row.suggested())
				.append(" suggested, over it in ")
				.append(row.over())
				.append(". ");
		}
		return text.toString().strip();
	}

	static double median(double[] sorted) {
		if (sorted.length == 0) {
			return 0;
		}
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static String minutes(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value)
				: String.format(java.util.Locale.ROOT, "%.1f", value);
	}

}
