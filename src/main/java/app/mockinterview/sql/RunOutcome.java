package app.mockinterview.sql;

import java.util.List;

/**
 * What Run shows: the first rows of the result on the sample data with the row count and
 * time, or why there is none.
 *
 * @param error the engine's message or the sandbox's reason, {@code null} on success
 * @param errorLine 1-based line in the query the error points at, 0 when none
 * @param errorColumn 1-based column, 0 when none
 * @param more whether the result has more rows than {@code rowCount} (the cap)
 * @param busy whether the run was refused because every runner was busy
 */
public record RunOutcome(String query, String error, int errorLine, int errorColumn, List<String> columns,
		List<List<String>> rows, long rowCount, boolean more, long millis, boolean busy) {

	static RunOutcome failed(String query, SqlQueryException ex) {
		return new RunOutcome(query, ex.getMessage(), ex.line(), ex.column(), List.of(), List.of(), 0, false, 0, false);
	}

	static RunOutcome refused(String query) {
		return new RunOutcome(query, SqlRunner.BUSY, 0, 0, List.of(), List.of(), 0, false, 0, true);
	}

	public boolean failed() {
		return this.error != null;
	}

	/**
	 * "12 rows in 8 ms", "first 200 of 1,234 rows in 40 ms", "more than 10,000 rows...".
	 */
	public String summary() {
		String count = String.format("%,d", this.rowCount);
		String rows = (this.rowCount == 1) ? "1 row" : count + " rows";
		if (this.more) {
			rows = "more than " + count + " rows (only that many are read)";
		}
		String shown = (this.rows.size() < this.rowCount) ? "first " + this.rows.size() + " of " : "";
		return shown + rows + " in " + this.millis + " ms";
	}

	/** "line 2, column 8" or empty. */
	public String position() {
		if (this.errorLine <= 0) {
			return "";
		}
		return (this.errorColumn > 0) ? "line " + this.errorLine + ", column " + this.errorColumn
				: "line " + this.errorLine;
	}

}
