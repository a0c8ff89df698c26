package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a laid-out flowchart as SVG: groups, then edges with their labels, then nodes.
 */
final class FlowchartSvg {

	private FlowchartSvg() {
	}

	static String draw(Flowchart chart, FlowLayout layout, String title) {
		SvgWriter svg = new SvgWriter(layout.width(), layout.height(), "diagram diagram--flowchart", title);
		for (int g = 0; g < chart.subgraphs().size(); g++) {
			FlowLayout.Box box = layout.groups().get(g);
			svg.element("rect", "class", "dg-group", "x", box.x(), "y", box.y(), "width", box.width(), "height",
					box.height(), "rx", 6.0);
			svg.textFrom(box.x() + 8, box.y() + 4 + TextMetrics.LINE_HEIGHT / 2, "dg-group-title",
					chart.subgraphs().get(g).title());
		}
		for (int e = 0; e < chart.edges().size(); e++) {
			edge(svg, chart.edges().get(e), layout.routes().get(e));
		}
		for (int n = 0; n < chart.nodes().size(); n++) {
			node(svg, chart.nodes().get(n), layout.nodes().get(n));
		}
		return svg.finish();
	}

	private static void edge(SvgWriter svg, Flowchart.Edge edge, FlowLayout.Route route) {
		List<Point> points = new ArrayList<>(route.points());
		String css = "dg-edge dg-edge--" + edge.line().name().toLowerCase(java.util.Locale.ROOT);
		if (edge.arrow() && points.size() >= 2) {
			Point tip = points.get(points.size() - 1);
			Point before = points.get(points.size() - 2);
			points.set(points.size() - 1, Arrowhead.base(before, tip));
			svg.element("polyline", "class", css, "points", SvgWriter.points(points));
			svg.element("polygon", "class", "dg-arrow", "points", SvgWriter.points(Arrowhead.at(before, tip)));
		}
		else {
			svg.element("polyline", "class", css, "points", SvgWriter.points(points));
		}
		if (edge.label() != null && !edge.label().isEmpty() && route.labelAt() != null) {
			List<String> lines = TextMetrics.lines(edge.label());
			double w = TextMetrics.width(lines) + 10;
			double h = lines.size() * TextMetrics.LINE_HEIGHT + 4;
			Point at = route.labelAt();
			svg.element("rect", "class", "dg-edge-label-bg", "x", at.x() - w / 2, "y", at.y() - h / 2, "width", w,
					"height", h, "rx", 3.0);
			svg.lines(at.x(), at.y(), "dg-edge-label", lines);
		}
	}

	private static void node(SvgWriter svg, Flowchart.Node node, FlowLayout.Box box) {
		double x = box.x();
		double y = box.y();
		double w = box.width();
		double h = box.height();
		double textY = box.centerY();
		switch (node.shape()) {
			case ROUNDED ->
				svg.element("rect", "class", "dg-node", "x", x, "y", y, "width", w, "height", h, "rx", 10.0);
			case STADIUM ->
				svg.element("rect", "class", "dg-node", "x", x, "y", y, "width", w, "height", h, "rx", h / 2);
			case CIRCLE -> svg.element("ellipse", "class", "dg-node", "cx", box.centerX(), "cy", box.centerY(), "rx",
					w / 2, "ry", h / 2);
			case DIAMOND ->
				svg.element("polygon", "class", "dg-node", "points", SvgWriter.points(List.of(new Point(x + w / 2, y),
						new Point(x + w, y + h / 2), new Point(x + w / 2, y + h), new Point(x, y + h / 2))));
			case CYLINDER -> {
				double ry = 6;
				svg.element("path", "class", "dg-node", "d",
						"M" + SvgWriter.number(x) + " " + SvgWriter.number(y + ry) + " a" + SvgWriter.number(w / 2)
								+ " " + SvgWriter.number(ry) + " 0 0 1 " + SvgWriter.number(w) + " 0 v"
								+ SvgWriter.number(h - 2 * ry) + " a" + SvgWriter.number(w / 2) + " "
								+ SvgWriter.number(ry) + " 0 0 1 " + SvgWriter.number(-w) + " 0 z");
				svg.element("path", "class", "dg-node-line", "d",
						"M" + SvgWriter.number(x) + " " + SvgWriter.number(y + ry) + " a" + SvgWriter.number(w / 2)
								+ " " + SvgWriter.number(ry) + " 0 0 0 " + SvgWriter.number(w) + " 0");
				textY += ry / 2;
			}
			case SUBROUTINE -> {
				svg.element("rect", "class", "dg-node", "x", x, "y", y, "width", w, "height", h);
				svg.element("line", "class", "dg-node-line", "x1", x + 7, "y1", y, "x2", x + 7, "y2", y + h);
				svg.element("line", "class", "dg-node-line", "x1", x + w - 7, "y1", y, "x2", x + w - 7, "y2", y + h);
			}
			case FLAG -> svg.element("polygon", "class", "dg-node", "points", SvgWriter.points(List.of(new Point(x, y),
					new Point(x + w, y), new Point(x + w, y + h), new Point(x, y + h), new Point(x + 12, y + h / 2))));
			default -> svg.element("rect", "class", "dg-node", "x", x, "y", y, "width", w, "height", h, "rx", 2.0);
		}
		svg.lines(box.centerX() + ((node.shape() == NodeShape.FLAG) ? 6 : 0), textY, "dg-label",
				TextMetrics.lines(node.label()));
	}

}
