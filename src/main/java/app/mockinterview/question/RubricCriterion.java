package app.mockinterview.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One thing an interviewer evaluates: a stable key, a short name, what it means and what
 * each of the four ratings looks like for it (HTML rendered at import). The level
 * descriptions are empty only for a question imported from a prep document that had none.
 */
@Embeddable
public record RubricCriterion(@Column(name = "criterion_key") String key, @Column(name = "name") String name,
		@Column(name = "meaning_html") String meaningHtml, @Column(name = "level_1_html") String level1Html,
		@Column(name = "level_2_html") String level2Html, @Column(name = "level_3_html") String level3Html,
		@Column(name = "level_4_html") String level4Html) {

	public RubricCriterion(String key, String name, String meaningHtml, List<String> levelsHtml) {
		this(key, name, meaningHtml, level(levelsHtml, 0), level(levelsHtml, 1), level(levelsHtml, 2),
				level(levelsHtml, 3));
	}

	/** A criterion without level descriptions. */
	public RubricCriterion(String key, String name, String meaningHtml) {
		this(key, name, meaningHtml, List.of());
	}

	/**
	 * The four level descriptions, lowest rating first, or an empty list when the
	 * criterion has none.
	 */
	public List<String> levels() {
		if (!hasLevels()) {
			return List.of();
		}
		List<String> levels = new ArrayList<>(4);
		Collections.addAll(levels, this.level1Html, this.level2Html, this.level3Html, this.level4Html);
		return List.copyOf(levels);
	}

	public boolean hasLevels() {
		return present(this.level1Html) && present(this.level2Html) && present(this.level3Html)
				&& present(this.level4Html);
	}

	/**
	 * What the given rating (1 to 4) means for this criterion, or null without levels.
	 */
	public String levelHtml(int score) {
		List<String> levels = levels();
		return (score >= 1 && score <= levels.size()) ? levels.get(score - 1) : null;
	}

	private static boolean present(String html) {
		return html != null && !html.isBlank();
	}

	private static String level(List<String> levels, int index) {
		return (index < levels.size()) ? levels.get(index) : "";
	}

}
