package app.mockinterview.sql;

/**
 * The SQL workbench of a page: the exercise's schema and sample rows, the query, the
 * latest run and check, and where its buttons post.
 *
 * @param run the result to show, {@code null} when nothing ran in this request
 * @param check the check results to show, {@code null} when none ran in this request
 * @param checkUrl where Check posts, {@code null} where the page may not check
 */
public record SqlPanel(SqlExerciseView exercise, String query, RunOutcome run, CheckOutcome check, String runUrl,
		String checkUrl, String saveUrl) {

	public SqlPanel with(RunOutcome run, CheckOutcome check) {
		return new SqlPanel(this.exercise, (run != null) ? run.query() : (check != null) ? check.query() : this.query,
				run, check, this.runUrl, this.checkUrl, this.saveUrl);
	}

}
