package app.mockinterview.markdown;

/** A flowchart node's outline, by the brackets around its label. */
enum NodeShape {

	/** {@code [label]} */
	RECTANGLE("[", "]"),
	/** {@code (label)} */
	ROUNDED("(", ")"),
	/** {@code ([label])} */
	STADIUM("([", "])"),
	/** {@code ((label))} */
	CIRCLE("((", "))"),
	/** {@code {label}} */
	DIAMOND("{", "}"),
	/** {@code [(label)]} */
	CYLINDER("[(", ")]"),
	/** {@code [[label]]} */
	SUBROUTINE("[[", "]]"),
	/** {@code >label]} */
	FLAG(">", "]");

	/** The longest openings first, so that {@code ((} is not read as {@code (}. */
	static final NodeShape[] BY_OPENING = { STADIUM, CIRCLE, CYLINDER, SUBROUTINE, RECTANGLE, ROUNDED, DIAMOND, FLAG };

	final String open;

	final String close;

	NodeShape(String open, String close) {
		this.open = open;
		this.close = close;
	}

}
