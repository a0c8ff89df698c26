package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.mockinterview.chart.DotChart;
import app.mockinterview.question.RatingLevel;

/**
 * The interviewers' ratings as a picture: one row per criterion, a marker on the level
 * each interviewer chose, rows two levels or more apart marked. The interview list and
 * the comparison draw it from the same submitted sheets.
 */
public final class RatingDots {

	private RatingDots() {
	}

	/** A sheet as the picture needs it: whose it is and its ratings, slot by slot. */
	public record Sheet(String interviewer, List<SheetRating> ratings) {

	}

	public static DotChart of(String title, DotChart.Layout layout, List<Sheet> sheets, List<RatingLevel> scale) {
		List<DotChart.Level> levels = scale.stream()
			.map((level) -> new DotChart.Level(level.getScore(), level.getLabel()))
			.toList();
		List<DotChart.Rating> rows = new ArrayList<>();
		if (!sheets.isEmpty()) {
			List<SheetRating> slots = sheets.get(0).ratings();
			boolean severalQuestions = slots.stream().map(SheetRating::position).distinct().count() > 1;
			for (int index = 0; index < slots.size(); index++) {
				int slot = index;
				List<Integer> values = sheets.stream().map((sheet) -> {
					SheetRating rating = (slot < sheet.ratings().size()) ? sheet.ratings().get(slot) : null;
					return (rating == null || rating.notAssessed()) ? null : rating.rating();
				}).toList();
				SheetRating first = slots.get(index);
				rows.add(new DotChart.Rating(severalQuestions ? "Question " + (first.position() + 1) : null,
						first.criterionName(), values, farApart(values)));
			}
		}
		return DotChart.of(title, "No ratings to show yet.", layout, levels,
				sheets.stream().map(Sheet::interviewer).toList(), rows);
	}

	/** Calibration: ratings of the same criterion that differ by two levels or more. */
	static boolean farApart(List<Integer> values) {
		List<Integer> given = values.stream().filter(Objects::nonNull).toList();
		return given.size() > 1 && given.stream().mapToInt(Integer::intValue).max().getAsInt()
				- given.stream().mapToInt(Integer::intValue).min().getAsInt() >= 2;
	}

}
