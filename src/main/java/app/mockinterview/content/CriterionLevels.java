package app.mockinterview.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the four level descriptions nested under a criterion, one per rating, lowest
 * first and labelled like the scale:
 *
 * <pre>
 * - **Delivery guarantees**: what it means.
 *   - **Strong no**: what such an answer does.
 *   - **Lean no**: ...
 *   - **Lean yes**: ...
 *   - **Strong yes**: ...
 * </pre>
 */
final class CriterionLevels {

	private CriterionLevels() {
	}

	/**
	 * @param imported whether the file came from a prep document, where a criterion
	 * without any levels is a warning rather than an error
	 * @return the descriptions, lowest first, or an empty list when they are missing
	 */
	static List<String> read(String path, LabelledItems.Item criterion, RubricTerms terms, boolean imported,
			List<ContentProblem> problems) {
		List<LabelledItems.Item> levels = criterion.nested();
		List<String> labels = terms.labels();
		if (levels.isEmpty() && imported) {
			// reported once per file by the parser
			return List.of();
		}
		if (levels.isEmpty()) {
			String message = "criterion '" + criterion.name() + "' has no level descriptions: nest one bullet per "
					+ "rating under it, lowest first: "
					+ String.join(", ", labels.stream().map((l) -> "**" + l + "**").toList());
			problems.add(ContentProblem.error(path, criterion.line(), message));
			return List.of();
		}
		List<String> html = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			if (i >= levels.size()) {
				problems.add(ContentProblem.error(path, criterion.line(), "criterion '" + criterion.name()
						+ "' is missing the level '" + labels.get(i) + "' (it needs " + labels.size() + ")"));
				return List.of();
			}
			LabelledItems.Item level = levels.get(i);
			if (!level.name().equalsIgnoreCase(labels.get(i))) {
				problems.add(ContentProblem.error(path, level.line(), "criterion '" + criterion.name() + "': level "
						+ (i + 1) + " must be labelled '" + labels.get(i) + "', found '" + level.name() + "'"));
				return List.of();
			}
			if (level.meaningHtml() == null) {
				problems.add(ContentProblem.error(path, level.line(),
						"criterion '" + criterion.name() + "': the level '" + labels.get(i) + "' is empty"));
				return List.of();
			}
			html.add(level.meaningHtml());
		}
		if (levels.size() > labels.size()) {
			problems.add(ContentProblem.error(path, levels.get(labels.size()).line(),
					"criterion '" + criterion.name() + "' has more than " + labels.size() + " level descriptions"));
			return List.of();
		}
		return html;
	}

}
