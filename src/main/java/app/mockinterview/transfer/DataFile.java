package app.mockinterview.transfer;

import java.util.List;
import java.util.Map;

/**
 * The JSON file of {@code export-data} and {@code import-data}: every row of every table
 * that holds the bank and what people did with it, by table and column name, with
 * timestamps as ISO-8601 instants. {@code schemaVersion} is the Flyway version of the
 * database it came from; a file is imported only into a database at the same version.
 */
record DataFile(String format, int version, String schemaVersion, String exportedAt,
		Map<String, List<Map<String, Object>>> tables) {

	static final String FORMAT = "mock-interviews-data";

	static final int VERSION = 1;

}
