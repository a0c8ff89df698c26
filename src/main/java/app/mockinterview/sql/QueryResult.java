package app.mockinterview.sql;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a query returned, read up to the row cap.
 *
 * @param values every row read, numbers as {@link BigDecimal}, booleans as
 * {@link Boolean}, everything else as its text, NULL as {@code null}
 * @param more whether the query returned more rows than were read
 */
record QueryResult(List<String> columns, List<List<Object>> values, boolean more, long millis) {

	long rowCount() {
		return this.values.size();
	}

	static String display(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return value.toString();
	}

	List<List<String>> displayRows(int limit) {
		return this.values.stream().limit(limit).map(QueryResult::displayRow).toList();
	}

	static List<String> displayRow(List<Object> row) {
		return row.stream().map(QueryResult::display).toList();
	}

}
