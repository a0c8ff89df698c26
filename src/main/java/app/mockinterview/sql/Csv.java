package app.mockinterview.sql;

import java.util.List;

/** Writes a table back as CSV, in the form {@link CsvTable#parse} reads. */
final class Csv {

	private Csv() {
	}

	static String write(CsvTable table) {
		StringBuilder out = new StringBuilder();
		line(out, table.header());
		for (List<String> row : table.rows()) {
			line(out, row);
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = values.get(i);
			if (value == null) {
				continue;
			}
			if (value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n")
					|| value.contains("\r")) {
				out.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(value);
			}
		}
		out.append('\n');
	}

}
