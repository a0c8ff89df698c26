package app.mockinterview.markdown;

/** How big a node is drawn: its label's estimated size, padded for its shape. */
final class NodeSizes {

	private static final double PAD_X = 14;

	private static final double PAD_Y = 9;

	private static final double MIN_WIDTH = 48;

	private NodeSizes() {
	}

	/** Width and height, in that order. */
	static double[] of(Flowchart.Node node) {
		var lines = TextMetrics.lines(node.label());
		double w = Math.max(MIN_WIDTH, TextMetrics.width(lines) + 2 * PAD_X);
		double h = lines.size() * TextMetrics.LINE_HEIGHT + 2 * PAD_Y;
		return switch (node.shape()) {
			case CIRCLE -> {
				double d = Math.max(w, h) * 1.05;
				yield new double[] { d, d };
			}
			case DIAMOND -> new double[] { w * 1.5 + 8, h * 1.7 };
			case CYLINDER -> new double[] { w, h + 14 };
			case STADIUM -> new double[] { w + h / 2, h };
			case SUBROUTINE, FLAG -> new double[] { w + 16, h };
			default -> new double[] { w, h };
		};
	}

}
