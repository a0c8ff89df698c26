package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate's short feedback for the interviewer, as the form posts it. Kept whole so
 * that a rejected submission comes back with everything the candidate typed.
 */
public record CandidateFeedbackForm(String comment, Integer clarity, Integer helpfulness) {

	static final int MAX_COMMENT = 2000;

	public CandidateFeedbackForm {
		comment = (comment == null) ? "" : comment;
	}

	static CandidateFeedbackForm empty() {
		return new CandidateFeedbackForm("", null, null);
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!inRange(this.clarity) || !inRange(this.helpfulness)) {
			problems.add("Rate both the clarity of the question and the helpfulness of the hints from 1 to 5.");
		}
		if (this.comment.length() > MAX_COMMENT) {
			problems
				.add("Keep the comment under " + MAX_COMMENT + " characters (it has " + this.comment.length() + ").");
		}
		return problems;
	}

	private static boolean inRange(Integer value) {
		return value != null && value >= 1 && value <= 5;
	}

}
