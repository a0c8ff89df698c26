package app.mockinterview.interview;

/** The names people give themselves and each other in an interview. */
final class DisplayName {

	/** The longest name kept. */
	static final int MAX_LENGTH = 100;

	private DisplayName() {
	}

	/**
	 * Characters that change how the text around them is shown without being seen
	 * themselves: controls, formatting characters (bidirectional overrides and isolates,
	 * zero-width spaces and joiners, soft hyphens), line separators and blank letters.
	 */
	private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern
		.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}]");

	/**
	 * A display name as typed, less anything that would make it show differently from
	 * what was typed (a right-to-left override turns "Ann\u202Egnp.exe" into
	 * "Annexe.png").
	 */
	static String of(String value, String fallback) {
		String cleaned = (value == null) ? "" : INVISIBLE.matcher(value).replaceAll("").strip();
		if (cleaned.isEmpty()) {
			return fallback;
		}
		return (cleaned.length() > MAX_LENGTH) ? cleaned.substring(0, MAX_LENGTH) : cleaned;
	}

}
