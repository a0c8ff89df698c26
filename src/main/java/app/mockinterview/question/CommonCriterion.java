package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A criterion from {@code content/rubric.md} that is part of every question's rubric.
 */
@Entity
@Table(name = "common_criterion")
public class CommonCriterion {

	@Id
	@Column(name = "criterion_key")
	private String key;

	private int position;

	private String name;

	@Column(name = "meaning_html")
	private String meaningHtml;

	protected CommonCriterion() {
	}

	public CommonCriterion(RubricCriterion criterion, int position) {
		this.key = criterion.key();
		this.position = position;
		this.name = criterion.name();
		this.meaningHtml = criterion.meaningHtml();
	}

	public RubricCriterion toCriterion() {
		return new RubricCriterion(this.key, this.name, this.meaningHtml);
	}

	public int getPosition() {
		return this.position;
	}

}
