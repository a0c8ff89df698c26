package app.mockinterview.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives the stable key of a rubric criterion from its name ("Cost & I/O trade-offs"
 * becomes {@code cost-i-o-trade-offs}).
 */
final class CriterionKeys {

	private CriterionKeys() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (key.isEmpty()) {
			key = "criterion-" + Integer.toHexString(name.hashCode());
		}
		return (key.length() > 80) ? key.substring(0, 80) : key;
	}

}
