package app.mockinterview.markdown;

import java.util.Optional;

/**
 * Highlights code in SQL, Python, Scala and Java as escaped text with
 * {@code <span class="tok-…">} around keywords, strings, numbers, comments and function
 * names: the inside of a {@code <pre><code>}. The classes are the only markup it makes.
 */
public final class CodeHighlighter {

	private CodeHighlighter() {
	}

	/** Whether a fence's language ({@code sql}, {@code py}, ...) is highlighted. */
	public static boolean supports(String language) {
		return Languages.named(language).isPresent();
	}

	/** The canonical name of a supported language, for the code's class. */
	public static Optional<String> canonicalName(String language) {
		return Languages.named(language).map(Language::name);
	}

	/**
	 * The code as HTML: escaped, with spans; plain escaped text for a language that is
	 * not supported.
	 */
	public static String toHtml(String language, String code) {
		Optional<Language> known = Languages.named(language);
		if (known.isEmpty()) {
			return Html.escape(code);
		}
		StringBuilder html = new StringBuilder(code.length() * 2);
		for (Token token : Lexer.tokens(known.get(), code)) {
			String css = token.kind().cssClass();
			if (css == null) {
				Html.escape(token.text(), html);
			}
			else {
				html.append("<span class=\"").append(css).append("\">");
				Html.escape(token.text(), html);
				html.append("</span>");
			}
		}
		return html.toString();
	}

}
