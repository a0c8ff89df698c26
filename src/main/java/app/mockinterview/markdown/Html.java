package app.mockinterview.markdown;

/** Escaping of text for HTML and SVG text content and attribute values. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		escape(text, out);
		return out.toString();
	}

	static void escape(CharSequence text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Control characters other than tab and line ends have no place in a
					// page.
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
	}

}
