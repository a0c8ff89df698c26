package app.mockinterview.interview;

import java.util.List;

import app.mockinterview.question.RatingLevel;

/** How a rating reads on the pages: "3 · Strong", "No decision" or "Not assessed". */
public final class RatingLabels {

	private RatingLabels() {
	}

	public static String of(Integer rating, boolean notAssessed, List<RatingLevel> scale) {
		if (notAssessed) {
			return "Not assessed";
		}
		if (rating == null) {
			return "No decision";
		}
		return scale.stream()
			.filter((level) -> level.getScore() == rating)
			.map((level) -> rating + " · " + level.getLabel())
			.findFirst()
			.orElse(String.valueOf(rating));
	}

}
