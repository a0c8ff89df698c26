package app.mockinterview.markdown;

import java.util.List;

/**
 * Where a flowchart's parts are drawn: a box per node (by index), a route per edge (by
 * index), with the point its label sits at, and a box per subgraph.
 */
record FlowLayout(double width, double height, List<Box> nodes, List<Route> routes, List<Box> groups) {

	/** A rectangle by its top-left corner and size. */
	record Box(double x, double y, double width, double height) {

		double centerX() {
			return this.x + this.width / 2;
		}

		double centerY() {
			return this.y + this.height / 2;
		}

		boolean overlaps(Box other) {
			return this.x < other.x + other.width && other.x < this.x + this.width && this.y < other.y + other.height
					&& other.y < this.y + this.height;
		}

		Box moved(double dx, double dy) {
			return new Box(this.x + dx, this.y + dy, this.width, this.height);
		}

	}

	/** The points an edge passes through, from its source's outline to its target's. */
	record Route(List<Point> points, Point labelAt) {

	}

}
