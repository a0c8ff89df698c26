package app.mockinterview.interview.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A submit with criteria left undecided (neither rated nor marked not assessed) or no
 * overall recommendation.
 */
class SheetIncompleteException extends RuntimeException {

	SheetIncompleteException(List<String> undecided, boolean missingOverall) {
		super(message(undecided, missingOverall));
	}

	private static String message(List<String> undecided, boolean missingOverall) {
		List<String> parts = new ArrayList<>();
		if (!undecided.isEmpty()) {
			parts.add("Rate or mark as not assessed: " + String.join(", ", undecided) + ".");
		}
		if (missingOverall) {
			parts.add("Choose an overall recommendation.");
		}
		return "The sheet is not complete. " + String.join(" ", parts);
	}

}
