package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One thing an interviewer evaluates: a stable key, a short name and what it means (HTML
 * rendered at import).
 */
@Embeddable
public record RubricCriterion(@Column(name = "criterion_key") String key, @Column(name = "name") String name,
		@Column(name = "meaning_html") String meaningHtml) {

}
