package app.mockinterview.markdown;

/** A diagram that cannot be drawn, with a one-line reason to show beside its source. */
class DiagramException extends RuntimeException {

	DiagramException(String reason) {
		super(reason);
	}

	static DiagramException at(int line, String reason) {
		return new DiagramException("line " + line + ": " + reason);
	}

}
