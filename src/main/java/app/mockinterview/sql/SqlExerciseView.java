package app.mockinterview.sql;

import java.util.List;

/**
 * What a candidate sees of an exercise: the schema and the first rows of each sample
 * table. Never the model solution or the hidden data.
 */
public record SqlExerciseView(String questionId, String schemaSql, List<SampleTable> samples, boolean ordered) {

	/** One sample table: its first rows and how many it has. */
	public record SampleTable(String name, List<String> columns, List<List<String>> rows, int totalRows) {

		public String rowsText() {
			return (this.rows.size() < this.totalRows) ? "first " + this.rows.size() + " of " + this.totalRows + " rows"
					: this.totalRows + ((this.totalRows == 1) ? " row" : " rows");
		}

	}

}
