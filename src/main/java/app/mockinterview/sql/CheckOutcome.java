package app.mockinterview.sql;

import java.util.List;

/**
 * What Check shows: for each hidden data set whether the query's result matches the model
 * solution's, and what differs. The differing rows are hidden data: pages show them only
 * at the review.
 *
 * @param error why nothing could be checked (busy, too long), {@code null} otherwise
 */
public record CheckOutcome(String query, String error, boolean busy, List<DataSetCheck> checks) {

	/** One hidden data set. */
	public record DataSetCheck(String name, boolean passed, String summary, List<List<String>> missing,
			List<List<String>> extra, List<List<String>> different) {

		/** The rows that differ, kind by kind: missing, extra, then different. */
		public List<Difference> differences() {
			return List.of(new Difference("Missing", "expected, not returned", this.missing),
					new Difference("Extra", "returned, not expected", this.extra),
					new Difference("Different", "position by position", this.different));
		}

		public boolean differs() {
			return !this.missing.isEmpty() || !this.extra.isEmpty() || !this.different.isEmpty();
		}

	}

	/** One kind of differing rows, with what it means. */
	public record Difference(String kind, String explanation, List<List<String>> rows) {

		/** "Missing (expected, not returned)". */
		public String caption() {
			return this.kind + " (" + this.explanation + ")";
		}

	}

	static CheckOutcome refused(String query) {
		return new CheckOutcome(query, SqlRunner.BUSY, true, List.of());
	}

	public boolean failed() {
		return this.error != null;
	}

	public int passed() {
		return (int) this.checks.stream().filter(DataSetCheck::passed).count();
	}

	public int total() {
		return this.checks.size();
	}

	public boolean allPassed() {
		return !failed() && passed() == total() && total() > 0;
	}

	/** "3 of 4 checks pass". */
	public String summary() {
		if (failed()) {
			return this.error;
		}
		return passed() + " of " + total() + ((total() == 1) ? " check passes" : " checks pass");
	}

}
