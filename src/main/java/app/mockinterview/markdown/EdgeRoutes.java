package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * An edge's drawn route: from its source's outline, through its hidden points, to its
 * target's outline (each shape clipped as drawn), with the point its label sits at; a
 * loop beside the node for an edge to itself.
 */
final class EdgeRoutes {

	private static final double LOOP = 22;

	private EdgeRoutes() {
	}

	static FlowLayout.Route of(Flowchart chart, int edgeIndex, List<Integer> chain, Point[] centre,
			List<FlowLayout.Box> boxes, boolean horizontal) {
		Flowchart.Edge edge = chart.edges().get(edgeIndex);
		if (edge.from() == edge.to()) {
			return loop(boxes.get(edge.from()), horizontal);
		}
		List<Point> points = new ArrayList<>();
		for (int v : chain) {
			points.add(centre[v]);
		}
		NodeShape fromShape = chart.nodes().get(edge.from()).shape();
		NodeShape toShape = chart.nodes().get(edge.to()).shape();
		points.set(0, clip(boxes.get(edge.from()), fromShape, points.get(1)));
		int last = points.size() - 1;
		points.set(last, clip(boxes.get(edge.to()), toShape, points.get(last - 1)));
		Point a = points.get(0);
		Point b = points.get(1);
		return new FlowLayout.Route(List.copyOf(points), new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
	}

	/** Where the line from the box's centre towards a point leaves the shape. */
	static Point clip(FlowLayout.Box box, NodeShape shape, Point towards) {
		double cx = box.centerX();
		double cy = box.centerY();
		double dx = towards.x() - cx;
		double dy = towards.y() - cy;
		if (dx == 0 && dy == 0) {
			return new Point(cx, cy);
		}
		double hw = box.width() / 2;
		double hh = box.height() / 2;
		double t = switch (shape) {
			case DIAMOND -> 1 / (Math.abs(dx) / hw + Math.abs(dy) / hh);
			case CIRCLE -> 1 / Math.sqrt((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh));
			default -> Math.min((dx == 0) ? Double.MAX_VALUE : hw / Math.abs(dx),
					(dy == 0) ? Double.MAX_VALUE : hh / Math.abs(dy));
		};
		t = Math.min(t, 1);
		return new Point(cx + dx * t, cy + dy * t);
	}

	private static FlowLayout.Route loop(FlowLayout.Box box, boolean horizontal) {
		List<Point> points;
		if (horizontal) {
			double x = box.centerX();
			double y = box.y() + box.height();
			points = List.of(new Point(x - 8, y), new Point(x - 8, y + LOOP), new Point(x + 8, y + LOOP),
					new Point(x + 8, y));
		}
		else {
			double x = box.x() + box.width();
			double y = box.centerY();
			points = List.of(new Point(x, y - 8), new Point(x + LOOP, y - 8), new Point(x + LOOP, y + 8),
					new Point(x, y + 8));
		}
		Point a = points.get(1);
		Point b = points.get(2);
		return new FlowLayout.Route(points,
				new Point((a.x() + b.x()) / 2 + (horizontal ? 0 : 4), (a.y() + b.y()) / 2 + (horizontal ? 4 : 0)));
	}

}
