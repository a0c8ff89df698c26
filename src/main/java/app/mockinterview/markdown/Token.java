package app.mockinterview.markdown;

/** A run of source text and what it is. */
record Token(TokenKind kind, String text) {

}
