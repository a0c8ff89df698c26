package app.mockinterview.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A rating of one criterion of one question (by position in the interview): 1 (lowest) to
 * 4, or explicitly not assessed, or not decided yet (both empty).
 */
@Embeddable
public record CriterionRating(@Column(name = "position") int position,
		@Column(name = "criterion_key") String criterionKey, @Column(name = "criterion_name") String criterionName,
		@Column(name = "rating") Integer rating, @Column(name = "not_assessed") boolean notAssessed) {

	public boolean isDecided() {
		return this.notAssessed || this.rating != null;
	}

	public String slot() {
		return this.position + ":" + this.criterionKey;
	}

}
