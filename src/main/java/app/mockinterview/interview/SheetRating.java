package app.mockinterview.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An interviewer's rating of one criterion of one question, with the evidence for it.
 */
@Embeddable
public record SheetRating(@Column(name = "position") int position, @Column(name = "criterion_key") String criterionKey,
		@Column(name = "criterion_name") String criterionName, @Column(name = "rating") Integer rating,
		@Column(name = "not_assessed") boolean notAssessed, @Column(name = "evidence") String evidence) {

	public SheetRating {
		evidence = (evidence == null) ? "" : evidence;
	}

	public String slot() {
		return this.position + ":" + this.criterionKey;
	}

	public boolean isDecided() {
		return this.notAssessed || this.rating != null;
	}

	/** This slot with the rating, not-assessed flag and evidence of another. */
	public SheetRating with(SheetRating other) {
		return new SheetRating(this.position, this.criterionKey, this.criterionName,
				other.notAssessed() ? null : other.rating(), other.notAssessed(), other.evidence());
	}

	/** The evidence, escaped, with its time stamps as times. */
	public String evidenceHtml() {
		return TimeStamps.html(this.evidence);
	}

	/**
	 * The rating as the rating buttons name it: "1".."4", "na" for not assessed, "" for
	 * no decision yet.
	 */
	public String formValue() {
		if (this.notAssessed) {
			return RatingsForm.NOT_ASSESSED;
		}
		return (this.rating != null) ? String.valueOf(this.rating) : "";
	}

	public String ratingText() {
		if (this.notAssessed) {
			return "not assessed";
		}
		return (this.rating == null) ? "no decision" : String.valueOf(this.rating);
	}

}
