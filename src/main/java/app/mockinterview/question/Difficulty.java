package app.mockinterview.question;

import java.util.Locale;
import java.util.Optional;

/**
 * How hard a question is. The bank lists easy questions first.
 */
public enum Difficulty {

	EASY, MEDIUM, HARD;

	/**
	 * The difficulty's place in the bank's order, easy first (stored with each question
	 * as the first column of the bank's sort index).
	 */
	public int rank() {
		return ordinal();
	}

	/** The lower-case name used in content files, URLs and JSON. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	public static Optional<Difficulty> fromSlug(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (Difficulty difficulty : values()) {
			if (difficulty.slug().equals(value.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(difficulty);
			}
		}
		return Optional.empty();
	}

}
