package app.mockinterview.interview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ratings as forms post them: one entry per criterion slot ("position:key"), with
 * "1".."4", "na" for not assessed, or nothing for no decision, and optional evidence.
 * Used by the scoring sheet and by the candidate's self-assessment.
 */
public record RatingsForm(List<Entry> ratings, String overall, String feedbackForCandidate, String privateNotes,
		Long version) {

	/** Longest evidence per criterion. */
	public static final int MAX_EVIDENCE = 4000;

	/** Longest feedback and private notes. */
	public static final int MAX_TEXT = 10000;

	public static final String NOT_ASSESSED = "na";

	public record Entry(String slot, String rating, String evidence) {

	}

	public RatingsForm {
		ratings = (ratings == null) ? List.of() : ratings;
	}

	public Entry entryFor(String slot) {
		return this.ratings.stream()
			.filter((entry) -> entry != null && slot.equals(entry.slot()))
			.findFirst()
			.orElse(new Entry(slot, null, ""));
	}

	/**
	 * The entries applied to the given slots; unknown slots and impossible values are
	 * ignored.
	 */
	public List<SheetRating> apply(List<SheetRating> slots) {
		Map<String, Entry> bySlot = this.ratings.stream()
			.filter((entry) -> entry != null && entry.slot() != null)
			.collect(Collectors.toMap(Entry::slot, Function.identity(), (a, b) -> b));
		return slots.stream().map((slot) -> {
			Entry entry = bySlot.get(slot.slot());
			if (entry == null) {
				return slot;
			}
			boolean notAssessed = NOT_ASSESSED.equals(entry.rating());
			return new SheetRating(slot.position(), slot.criterionKey(), slot.criterionName(),
					notAssessed ? null : score(entry.rating()), notAssessed, trim(entry.evidence(), MAX_EVIDENCE));
		}).toList();
	}

	public Integer overallScore() {
		return score(this.overall);
	}

	static Integer score(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> null;
		};
	}

	/** Problems with sizes, reported rather than silently cut. */
	public List<String> sizeProblems() {
		List<String> problems = new java.util.ArrayList<>();
		if (this.ratings.stream()
			.anyMatch(
					(entry) -> entry != null && entry.evidence() != null && entry.evidence().length() > MAX_EVIDENCE)) {
			problems.add("Evidence can be at most " + MAX_EVIDENCE + " characters per criterion.");
		}
		if (length(this.feedbackForCandidate) > MAX_TEXT || length(this.privateNotes) > MAX_TEXT) {
			problems.add("Feedback and private notes can be at most " + MAX_TEXT + " characters each.");
		}
		return problems;
	}

	private static int length(String text) {
		return (text == null) ? 0 : text.length();
	}

	private static String trim(String text, int max) {
		return (text == null) ? "" : text.strip();
	}

}
