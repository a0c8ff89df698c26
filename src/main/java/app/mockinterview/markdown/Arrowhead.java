package app.mockinterview.markdown;

import java.util.List;

/** The triangle at the end of a line, pointing along its last segment. */
final class Arrowhead {

	static final double LENGTH = 9;

	static final double HALF_WIDTH = 4.5;

	private Arrowhead() {
	}

	/**
	 * The triangle's corners for a line ending at {@code tip}, coming from {@code from}.
	 */
	static List<Point> at(Point from, Point tip) {
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.max(Math.hypot(dx, dy), 0.001);
		double ux = dx / length;
		double uy = dy / length;
		double bx = tip.x() - ux * LENGTH;
		double by = tip.y() - uy * LENGTH;
		return List.of(tip, new Point(bx - uy * HALF_WIDTH, by + ux * HALF_WIDTH),
				new Point(bx + uy * HALF_WIDTH, by - ux * HALF_WIDTH));
	}

	/** Where a line should stop so the arrowhead, not the line, shows at its tip. */
	static Point base(Point from, Point tip) {
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (length <= LENGTH) {
			return tip;
		}
		return new Point(tip.x() - dx / length * (LENGTH - 1), tip.y() - dy / length * (LENGTH - 1));
	}

}
