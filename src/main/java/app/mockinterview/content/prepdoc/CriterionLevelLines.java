package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the level descriptions a prep document may nest under a criterion
 * ({@code - **Lean yes**: ...}), so that they become the criterion's levels instead of
 * part of its meaning.
 */
final class CriterionLevelLines {

	private static final Pattern LEVEL = Pattern
		.compile("(?i)^\\s*[-*+]\\s+\\*\\*(strong no|lean no|lean yes|strong yes)\\*\\*\\s*:?\\s*(\\S.*)$");

	private CriterionLevelLines() {
	}

	/** The item without its level lines (and their continuation lines). */
	static MarkdownLists.Item withoutLevels(MarkdownLists.Item item) {
		List<String> rest = new ArrayList<>();
		boolean inLevel = false;
		for (String line : item.rest()) {
			if (LEVEL.matcher(line).matches()) {
				inLevel = true;
			}
			else if (inLevel && !line.isBlank() && line.startsWith("    ")) {
				continue;
			}
			else {
				inLevel = false;
				rest.add(line);
			}
		}
		return new MarkdownLists.Item(item.first(), rest);
	}

	/**
	 * The level lines, re-indented under a criterion bullet, or "" when there are none.
	 */
	static String levels(MarkdownLists.Item item) {
		StringBuilder out = new StringBuilder();
		for (String line : item.rest()) {
			Matcher matcher = LEVEL.matcher(line);
			if (matcher.matches()) {
				String label = matcher.group(1);
				out.append("  - **")
					.append(Character.toUpperCase(label.charAt(0)))
					.append(label.substring(1).toLowerCase(java.util.Locale.ROOT))
					.append("**: ")
					.append(matcher.group(2).strip())
					.append('\n');
			}
		}
		return out.toString();
	}

}
