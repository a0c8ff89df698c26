package app.mockinterview.question;

import java.util.Locale;
import java.util.Optional;

/**
 * What a question asks the candidate to do: explain, diagnose, design, or write SQL that
 * runs.
 */
public enum QuestionKind {

	CONCEPT("Concept"), TROUBLESHOOTING("Troubleshooting"), DESIGN("Design"), EXERCISE("Hands-on exercise");

	private final String label;

	QuestionKind(String label) {
		this.label = label;
	}

	/** The lower-case name used in content files, URLs and JSON. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label() {
		return this.label;
	}

	public static Optional<QuestionKind> fromSlug(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (QuestionKind kind : values()) {
			if (kind.slug().equals(value.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
