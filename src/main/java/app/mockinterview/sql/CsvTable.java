package app.mockinterview.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one table as its CSV file holds them: a header row with the column names,
 * then one record per line; fields may be quoted ({@code "a, b"}, {@code ""} inside
 * quotes for a quote), and an empty unquoted field is NULL. Values stay text: the
 * database casts them to the column types when the table is loaded.
 *
 * @param rows the values, {@code null} for NULL
 * @param lines the 1-based line each row starts on, for error messages
 */
record CsvTable(String table, List<String> header, List<List<String>> rows, List<Integer> lines) {

	static CsvTable parse(String table, String text) {
		List<List<String>> records = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		boolean recordStarted = false;
		int line = 1;
		int recordLine = 1;
		String body = (text.startsWith("\uFEFF")) ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (!recordStarted) {
				recordStarted = true;
				recordLine = line;
			}
			if (quoted) {
				if (c == '"') {
					if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			if (c == '"' && field.isEmpty()) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(value(field, wasQuoted));
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(value(field, wasQuoted));
				addRecord(records, starts, fields, recordLine);
				fields = new ArrayList<>();
				field.setLength(0);
				wasQuoted = false;
				recordStarted = false;
				line++;
			}
			else {
				field.append(c);
			}
		}
		if (recordStarted) {
			fields.add(value(field, wasQuoted));
			addRecord(records, starts, fields, recordLine);
		}
		if (records.isEmpty()) {
			return new CsvTable(table, List.of(), List.of(), List.of());
		}
		return new CsvTable(table, records.get(0), List.copyOf(records.subList(1, records.size())),
				List.copyOf(starts.subList(1, starts.size())));
	}

	private static void addRecord(List<List<String>> records, List<Integer> starts, List<String> fields, int line) {
		// A blank line (one empty unquoted field) is no record.
		if (fields.size() == 1 && fields.get(0) == null) {
			return;
		}
		records.add(java.util.Collections.unmodifiableList(new ArrayList<>(fields)));
		starts.add(line);
	}

	private static String value(StringBuilder field, boolean wasQuoted) {
		return (field.isEmpty() && !wasQuoted) ? null : field.toString();
	}

}
