package app.mockinterview.practice;

import java.util.ArrayList;
import java.util.List;

import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;

/**
 * The self-score submitted at review: one rating (1–4) and an optional note per rubric
 * criterion.
 */
public record SelfScoreForm(List<Rating> ratings) {

	static final int MAX_NOTE = 2000;

	public record Rating(String key, String rating, String note) {

	}

	public SelfScoreForm {
		ratings = (ratings == null) ? List.of() : ratings;
	}

	public Rating ratingFor(String key) {
		return this.ratings.stream()
			.filter((rating) -> key.equals(rating.key()))
			.findFirst()
			.orElse(new Rating(key, null, ""));
	}

	/** Whether the criterion still lacks a rating, for marking it beside its buttons. */
	public boolean unrated(String key) {
		String rating = ratingFor(key).rating();
		return rating == null || !rating.strip().matches("[0-9]{1,2}");
	}

	/** Problems that stop the self-score from being saved; empty when it is complete. */
	public List<String> problems(List<RubricCriterion> rubric, List<RatingLevel> scale) {
		List<String> problems = new ArrayList<>();
		List<String> unrated = new ArrayList<>();
		for (RubricCriterion criterion : rubric) {
			Rating rating = ratingFor(criterion.key());
			if (score(rating, scale) == 0) {
				unrated.add(criterion.name());
			}
			if (rating.note() != null && rating.note().length() > MAX_NOTE) {
				problems.add("The note on \"" + criterion.name() + "\" is " + rating.note().length()
						+ " characters; keep it under " + MAX_NOTE + ".");
			}
		}
		if (!unrated.isEmpty()) {
			problems.add(0,
					"Rate every criterion before finishing. Not rated yet: " + String.join(", ", unrated) + ".");
		}
		return problems;
	}

	public List<SelfScore> toScores(List<RubricCriterion> rubric, List<RatingLevel> scale) {
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
