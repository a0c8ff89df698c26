package app.mockinterview.question;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named block of {@code content/rubric.md} that is prose rather than criteria, such as
 * "The bar" that says whom the levels are calibrated for (HTML rendered at import).
 */
@Entity
@Table(name = "rubric_note")
class RubricNote {

	static final String THE_BAR = "the-bar";

	@Id
	private String name;

	private String html;

	protected RubricNote() {
	}

	RubricNote(String name, String html) {
		this.name = name;
		this.html = html;
	}

	String getHtml() {
		return this.html;
	}

}
