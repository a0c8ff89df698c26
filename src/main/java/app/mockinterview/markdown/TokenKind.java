package app.mockinterview.markdown;

/** What a highlighted piece of code is, with the one CSS class that shows it. */
enum TokenKind {

	PLAIN(null), KEYWORD("tok-kw"), STRING("tok-str"), NUMBER("tok-num"), COMMENT("tok-com"), FUNCTION("tok-fn");

	private final String cssClass;

	TokenKind(String cssClass) {
		this.cssClass = cssClass;
	}

	String cssClass() {
		return this.cssClass;
	}

}
