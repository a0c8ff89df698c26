package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A piece of guidance revealed on request during a stage (HTML rendered at import).
 */
@Embeddable
public record Hint(@Enumerated(EnumType.STRING) @Column(name = "stage") Stage stage,
		@Column(name = "html") String html) {

}
