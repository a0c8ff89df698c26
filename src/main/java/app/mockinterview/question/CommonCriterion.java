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
class CommonCriterion {

	@Id
	@Column(name = "criterion_key")
	private String key;

	private int position;

	private String name;

	@Column(name = "meaning_html")
	private String meaningHtml;

	@Column(name = "level_1_html")
	private String level1Html;

	@Column(name = "level_2_html")
	private String level2Html;

	@Column(name = "level_3_html")
	private String level3Html;

	@Column(name = "level_4_html")
	private String level4Html;

	protected CommonCriterion() {
	}

	public CommonCriterion(RubricCriterion criterion, int position) {
		this.key = criterion.key();
		this.position = position;
		this.name = criterion.name();
		this.meaningHtml = criterion.meaningHtml();
		this.level1Html = criterion.level1Html();
		this.level2Html = criterion.level2Html();
		this.level3Html = criterion.level3Html();
		this.level4Html = criterion.level4Html();
	}

	public RubricCriterion toCriterion() {
		return new RubricCriterion(this.key, this.name, this.meaningHtml, this.level1Html, this.level2Html,
				this.level3Html, this.level4Html);
	}

	public int getPosition() {
		return this.position;
	}

}
