package app.mockinterview.sql;

import java.util.List;

/**
 * One data set of an exercise: the sample the candidate sees, or a hidden one with edge
 * cases. Holds every table of the exercise.
 *
 * @param name {@code sample}, or the hidden folder's name without {@code hidden-}
 * @param path where it was read from, for problem reports
 */
record DataSet(String name, boolean hidden, String path, List<CsvTable> tables) {

	int rowCount() {
		return this.tables.stream().mapToInt((table) -> table.rows().size()).sum();
	}

}
