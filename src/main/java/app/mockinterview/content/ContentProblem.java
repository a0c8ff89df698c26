package app.mockinterview.content;

/**
 * Something wrong (an error) or suspicious (a warning) in a content file, with the
 * 1-based line it was found on.
 */
public record ContentProblem(String path, int line, Severity severity, String message) {

	public enum Severity {

		ERROR, WARNING

	}

	public static ContentProblem error(String path, int line, String message) {
		return new ContentProblem(path, Math.max(line, 1), Severity.ERROR, message);
	}

	public static ContentProblem warning(String path, int line, String message) {
		return new ContentProblem(path, Math.max(line, 1), Severity.WARNING, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/**
	 * "Error, line 3: message" or "Warning, line 3: message", for a page about one file.
	 */
	public String lineText() {
		return (isError() ? "Error" : "Warning") + ", line " + this.line + ": " + this.message;
	}

	/** The {@code path:line: message} form that editors and CI logs understand. */
	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + (isError() ? "" : "warning: ") + this.message;
	}

}
