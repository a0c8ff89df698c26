package app.mockinterview.markdown;

/**
 * How big a diagram may get, so that a 100 KB notes document always renders quickly: past
 * a limit the diagram is shown as its source with the reason.
 */
final class DiagramLimits {

	static final int MAX_SOURCE_CHARS = 20_000;

	static final int MAX_NODES = 150;

	static final int MAX_EDGES = 300;

	static final int MAX_MESSAGES = 200;

	static final int MAX_PARTICIPANTS = 30;

	/**
	 * Edges spanning several ranks are routed through hidden points; at most this many.
	 */
	static final int MAX_ROUTE_POINTS = 1500;

	/** Longer labels are cut, with an ellipsis. */
	static final int MAX_LABEL_CHARS = 120;

	private DiagramLimits() {
	}

	static String label(String text) {
		String trimmed = text.strip();
		return (trimmed.length() > MAX_LABEL_CHARS) ? trimmed.substring(0, MAX_LABEL_CHARS - 1) + "…" : trimmed;
	}

}
