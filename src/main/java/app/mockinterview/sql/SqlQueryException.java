package app.mockinterview.sql;

/**
 * A query that did not produce a result: the engine's message (with the line and column
 * it points at, when it names one) or the sandbox's reason, never a stack trace.
 */
class SqlQueryException extends Exception {

	private final int line;

	private final int column;

	SqlQueryException(String message) {
		this(message, 0, 0);
	}

	SqlQueryException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	/** The 1-based line in the query the message points at, 0 when none. */
	public int line() {
		return this.line;
	}

	/** The 1-based column in the query the message points at, 0 when none. */
	public int column() {
		return this.column;
	}

}
