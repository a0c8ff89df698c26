package app.mockinterview.interview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Ratings as forms post them: one entry per criterion slot ("position:key"), with
 * "1".."4", "na" for not assessed, or nothing for no decision, and optional evidence.
 * Used by the scoring sheet and by the candidate's self-assessment. Texts over their
 * limits are refused, never silently cut.
 */
public record RatingsForm(List<@Valid Entry> ratings, String overall,
		@Size(max = MAX_TEXT,
				message = "Feedback for the candidate can be at most {max} characters.") String feedbackForCandidate,
		@Size(max = MAX_TEXT, message = "Private notes can be at most {max} characters.") String privateNotes,
		Long version) {

	/** Longest evidence per criterion. */
	public static final int MAX_EVIDENCE = 4000;

	/** Longest feedback and private notes. */
	public static final int MAX_TEXT = 10000;

	public static final String NOT_ASSESSED = "na";

	public record Entry(String slot, String rating, @Size(max = MAX_EVIDENCE,
			message = "Evidence can be at most {max} characters per criterion.") String evidence) {

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

	private static String trim(String text, int max) {
		return (text == null) ? "" : text.strip();
	}

}
