package app.mockinterview.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An answer that caps the rating of one criterion ("commits the offset before the write
 * succeeds: at most Lean no on Delivery guarantees"). Shown to interviewers and on the
 * practice review, never in the candidate room.
 *
 * @param criterionKey the capped criterion, a question's own or a common one
 * @param maxScore the highest rating such an answer can get (1 to 3)
 * @param maxLabel that rating's label on the scale the file was imported with
 * @param html the behaviour, rendered at import
 */
@Embeddable
public record RedFlag(@Column(name = "criterion_key") String criterionKey,
		@Column(name = "criterion_name") String criterionName, @Column(name = "max_score") int maxScore,
		@Column(name = "max_label") String maxLabel, @Column(name = "html") String html) {

}
