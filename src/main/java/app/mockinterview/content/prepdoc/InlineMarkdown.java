package app.mockinterview.content.prepdoc;

/** Plain text from the inline Markdown of a prep document. */
final class InlineMarkdown {

	private InlineMarkdown() {
	}

	/** Plain text from inline Markdown: emphasis markers and code ticks removed. */
	static String stripInline(String markdown) {
		return markdown.replace("**", "")
			.replace("__", "")
			.replace("`", "")
			.replaceAll("(?<!\\w)\\*(\\S[^*]*?)\\*", "$1");
	}

}
