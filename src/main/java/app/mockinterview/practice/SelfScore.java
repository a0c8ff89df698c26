package app.mockinterview.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The candidate's own rating of one rubric criterion (1 lowest to 4 highest), with an
 * optional note. The criterion's name is copied so the score still reads right if the
 * content changes later.
 */
@Embeddable
public record SelfScore(@Column(name = "criterion_key") String criterionKey,
		@Column(name = "criterion_name") String criterionName, @Column(name = "rating") int rating,
		@Column(name = "note") String note) {

}
