package app.mockinterview.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the stable key of a rubric criterion from its name ("Cost & I/O trade-offs"
 * becomes {@code cost-i-o-trade-offs}).
 */
final class CriterionKeys {

	// Compiled once: a large import derives tens of thousands of keys.
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

	private CriterionKeys() {
	}

	static String of(String name) {
		String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String key = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
			.replaceAll("");
		if (key.isEmpty()) {
			key = "criterion-" + Integer.toHexString(name.hashCode());
		}
		return (key.length() > 80) ? key.substring(0, 80) : key;
	}

}
