package app.mockinterview.sql;

import java.util.List;

/**
 * The SQL part of a review: the candidate's final query, every check with what differed
 * (hidden rows included: the review may show them), and the model solution.
 */
public record SqlReview(String query, List<SqlWork.RecordedCheck> checks, String solution) {

	public SqlWork.RecordedCheck latest() {
		return this.checks.isEmpty() ? null : this.checks.get(0);
	}

	public boolean passed() {
		return this.checks.stream().anyMatch(SqlWork.RecordedCheck::allPassed);
	}

}
