package app.mockinterview.practice;

import java.util.ArrayList;
import java.util.List;

import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.system.TextLimit;
import jakarta.validation.Valid;

/**
 * The self-score submitted at review: one rating (1–4) and an optional note per rubric
 * criterion.
 */
record SelfScoreForm(List<@Valid Rating> ratings) {

	static final int MAX_NOTE = 2000;

	record Rating(String key, String rating, @TextLimit(max = MAX_NOTE,
			message = "This note is {length} characters; keep it under {max}.") String note) {

	}

	SelfScoreForm {
		ratings = (ratings == null) ? List.of() : ratings;
	}

	public Rating ratingFor(String key) {
		return this.ratings.stream()
			.filter((rating) -> rating != null && key.equals(rating.key()))
			.findFirst()
			.orElse(new Rating(key, null, ""));
	}

	/**
	 * The places in the rubric of the criteria without a rating on the scale: the
	 * self-score is saved only when there are none.
	 */
	List<Integer> unrated(List<RubricCriterion> rubric, List<RatingLevel> scale) {
		List<Integer> unrated = new ArrayList<>();
		for (int index = 0; index < rubric.size(); index++) {
			if (score(ratingFor(rubric.get(index).key()), scale) == 0) {
				unrated.add(index);
			}
		}
		return unrated;
	}

	List<SelfScore> toScores(List<RubricCriterion> rubric, List<RatingLevel> scale) {
		return rubric.stream().map((criterion) -> {
			Rating rating = ratingFor(criterion.key());
			String note = (rating.note() != null) ? rating.note().strip() : "";
			return new SelfScore(criterion.key(), criterion.name(), score(rating, scale), note);
		}).toList();
	}

	private static int score(Rating rating, List<RatingLevel> scale) {
		if (rating.rating() == null) {
			return 0;
		}
		try {
			int value = Integer.parseInt(rating.rating().strip());
			return scale.stream().anyMatch((level) -> level.getScore() == value) ? value : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
