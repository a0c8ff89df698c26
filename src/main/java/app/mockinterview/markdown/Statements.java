package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of diagram text into statements at semicolons outside quotes and brackets
 * ({@code A-->B; B-->C}), each trimmed, without a trailing {@code %%} comment.
 */
final class Statements {

	private Statements() {
	}

	static List<String> split(String line) {
		String text = line.strip();
		if (text.startsWith("%%")) {
			return List.of();
		}
		List<String> statements = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && "[({".indexOf(c) >= 0) {
				depth++;
			}
			else if (!quoted && "])}".indexOf(c) >= 0) {
				depth = Math.max(0, depth - 1);
			}
			else if (!quoted && depth == 0 && c == ';') {
				statements.add(text.substring(start, i).strip());
				start = i + 1;
			}
		}
		statements.add(text.substring(start).strip());
		statements.removeIf(String::isEmpty);
		return statements;
	}

}
