package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One level of the common rating scale from {@code content/rubric.md}: 1 is the lowest.
 */
@Entity
@Table(name = "rating_level")
public class RatingLevel {

	@Id
	private int score;

	private String label;

	@Column(name = "meaning_html")
	private String meaningHtml;

	protected RatingLevel() {
	}

	public RatingLevel(int score, String label, String meaningHtml) {
		this.score = score;
		this.label = label;
		this.meaningHtml = meaningHtml;
	}

	public int getScore() {
		return this.score;
	}

	public String getLabel() {
		return this.label;
	}

	public String getMeaningHtml() {
		return this.meaningHtml;
	}

}
