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

	/** The {@code path:line: message} form that editors and CI logs understand. */
	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + (isError() ? "" : "warning: ") + this.message;
	}

}
