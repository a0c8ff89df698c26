package app.mockinterview.interview;

import app.mockinterview.system.TextLimit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The candidate's short feedback for the interviewer, as the form posts it. Kept whole so
 * that a rejected submission comes back with everything the candidate typed.
 */
record CandidateFeedbackForm(
		@TextLimit(max = MAX_COMMENT,
				message = "Keep the comment under {max} characters (it has {length}).") String comment,
		@NotNull(message = CLARITY) @Min(value = 1, message = CLARITY) @Max(value = 5,
				message = CLARITY) Integer clarity,
		@NotNull(message = HELPFULNESS) @Min(value = 1, message = HELPFULNESS) @Max(value = 5,
				message = HELPFULNESS) Integer helpfulness) {

	static final int MAX_COMMENT = 2000;

	static final String CLARITY = "Rate the clarity of the question from 1 to 5.";

	static final String HELPFULNESS = "Rate the helpfulness of the hints from 1 to 5.";

	CandidateFeedbackForm {
		comment = (comment == null) ? "" : comment;
	}

}
