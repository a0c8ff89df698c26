package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A common wrong answer to a question and why it is wrong (both rendered at import).
 * Interviewer and review content only.
 */
@Embeddable
public record WrongAnswer(@Column(name = "claim_html") String claimHtml, @Column(name = "why_html") String whyHtml) {

}
