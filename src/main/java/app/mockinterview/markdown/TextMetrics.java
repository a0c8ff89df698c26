package app.mockinterview.markdown;

import java.util.List;

/**
 * Estimates how wide text is drawn, without fonts on the server: average glyph widths of
 * a sans-serif face, by kind of character. Generous rather than tight, so labels fit.
 */
final class TextMetrics {

	static final double FONT_SIZE = 14;

	static final double LINE_HEIGHT = 18;

	private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("(?i)<br\\s*/?>|\\n");

	private TextMetrics() {
	}

	static double width(String text) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("il.,:;|!'`ijt()[] ".indexOf(c) >= 0) {
				em += 0.32;
			}
			else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
				em += 0.86;
			}
			else if (Character.isUpperCase(c)) {
				em += 0.68;
			}
			else if (Character.isIdeographic(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
				em += 1.0;
			}
			else {
				em += 0.56;
			}
		}
		return em * FONT_SIZE;
	}

	static double width(List<String> lines) {
		double widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, width(line));
		}
		return widest;
	}

	/**
	 * A label's lines: Mermaid writes a line break as {@code <br>
	 * } or {@code <br/>
	 * }.
	 */
	static List<String> lines(String label) {
		if (label.indexOf('<') < 0 && label.indexOf('\n') < 0) {
			return List.of(label.strip());
		}
		return List.of(LINE_BREAK.split(label, -1)).stream().map(String::strip).toList();
	}

}
