package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a flowchart out in ranks (a Sugiyama-style layout, kept small): cycles are broken
 * by reversing the edges that close them, each node's rank is the longest path to it,
 * edges spanning several ranks pass through hidden points, a few barycentre sweeps order
 * each rank to reduce crossings, and nodes are placed near their neighbours without ever
 * overlapping in a rank.
 */
final class LayeredLayout {

	private static final double NODE_GAP = 28;

	private static final double POINT_GAP = 12;

	private static final double RANK_GAP = 48;

	private static final double MARGIN = 10;

	private static final int SWEEPS = 4;

	private final Flowchart chart;

	private final int nodeCount;

	/**
	 * Per vertex (nodes, then hidden route points): rank, size along and across ranks.
	 */
	private final List<Integer> rank = new ArrayList<>();

	private final List<Double> across = new ArrayList<>();

	private final List<Double> along = new ArrayList<>();

	private final List<List<Integer>> up = new ArrayList<>();

	private final List<List<Integer>> down = new ArrayList<>();

	/** Per edge: the vertices it passes through, from its source to its target. */
	private final List<List<Integer>> chains = new ArrayList<>();

	private double[] position;

	private LayeredLayout(Flowchart chart) {
		this.chart = chart;
		this.nodeCount = chart.nodes().size();
	}

	static FlowLayout of(Flowchart chart) {
		return new LayeredLayout(chart).layOut();
	}

	private FlowLayout layOut() {
		boolean horizontal = this.chart.direction().horizontal();
		for (Flowchart.Node node : this.chart.nodes()) {
			double[] size = NodeSizes.of(node);
			addVertex(0, horizontal ? size[1] : size[0], horizontal ? size[0] : size[1]);
		}
		boolean[] reversed = breakCycles();
		assignRanks(reversed);
		route(reversed);
		List<List<Integer>> layers = order();
		double[] rankAt = rankCoordinates(layers, horizontal);
		place(layers);
		return build(horizontal, rankAt);
	}

	private int addVertex(int vertexRank, double acrossSize, double alongSize) {
		this.rank.add(vertexRank);
		this.across.add(acrossSize);
		this.along.add(alongSize);
		this.up.add(new ArrayList<>());
		this.down.add(new ArrayList<>());
		return this.rank.size() - 1;
	}

	/** Marks the edges that close a cycle (found depth first, in node order). */
	private boolean[] breakCycles() {
		List<Flowchart.Edge> edges = this.chart.edges();
		List<List<Integer>> outgoing = new ArrayList<>();
		for (int i = 0; i < this.nodeCount; i++) {
			outgoing.add(new ArrayList<>());
		}
		for (int e = 0; e < edges.size(); e++) {
			outgoing.get(edges.get(e).from()).add(e);
		}
		boolean[] reversed = new boolean[edges.size()];
		int[] state = new int[this.nodeCount];
		for (int start = 0; start < this.nodeCount; start++) {
			if (state[start] != 0) {
				continue;
			}
			// Iterative depth-first search: each frame is a node and the next edge to
			// try.
			List<int[]> stack = new ArrayList<>();
			stack.add(new int[] { start, 0 });
			state[start] = 1;
			while (!stack.isEmpty()) {
				int[] frame = stack.get(stack.size() - 1);
				List<Integer> out = outgoing.get(frame[0]);
				if (frame[1] >= out.size()) {
					state[frame[0]] = 2;
					stack.remove(stack.size() - 1);
					continue;
				}
				int e = out.get(frame[1]++);
				int to = edges.get(e).to();
				if (state[to] == 1) {
					reversed[e] = true;
				}
				else if (state[to] == 0) {
					state[to] = 1;
					stack.add(new int[] { to, 0 });
				}
			}
		}
		return reversed;
	}

	/** Longest path from the sources, over the edges with the cycles broken. */
	private void assignRanks(boolean[] reversed) {
		List<Flowchart.Edge> edges = this.chart.edges();
		int[] incoming = new int[this.nodeCount];
		List<List<Integer>> next = new ArrayList<>();
		for (int i = 0; i < this.nodeCount; i++) {
			next.add(new ArrayList<>());
		}
		for (int e = 0; e < edges.size(); e++) {
			Flowchart.Edge edge = edges.get(e);
			if (edge.from() == edge.to()) {
				continue;
			}
			int from = reversed[e] ? edge.to() : edge.from();
			int to = reversed[e] ? edge.from() : edge.to();
			next.get(from).add(to);
			incoming[to]++;
		}
		int[] ranks = new int[this.nodeCount];
		ArrayListQueue queue = new ArrayListQueue();
		for (int i = 0; i < this.nodeCount; i++) {
			if (incoming[i] == 0) {
				queue.add(i);
			}
		}
		while (!queue.isEmpty()) {
			int node = queue.poll();
			for (int to : next.get(node)) {
				ranks[to] = Math.max(ranks[to], ranks[node] + 1);
				if (--incoming[to] == 0) {
					queue.add(to);
				}
			}
		}
		for (int i = 0; i < this.nodeCount; i++) {
			this.rank.set(i, ranks[i]);
		}
	}

	/**
	 * Gives every edge its chain of vertices, adding hidden points where it spans ranks.
	 */
	private void route(boolean[] reversed) {
		int points = 0;
		for (int e = 0; e < this.chart.edges().size(); e++) {
			Flowchart.Edge edge = this.chart.edges().get(e);
			int from = reversed[e] ? edge.to() : edge.from();
			int to = reversed[e] ? edge.from() : edge.to();
			List<Integer> chain = new ArrayList<>();
			chain.add(from);
			if (from != to) {
				int previous = from;
				for (int r = this.rank.get(from) + 1; r < this.rank.get(to); r++) {
					if (++points > DiagramLimits.MAX_ROUTE_POINTS) {
						throw new DiagramException("the edges span too many ranks to draw");
					}
					int point = addVertex(r, POINT_GAP, 0);
					link(previous, point);
					chain.add(point);
					previous = point;
				}
				link(previous, to);
				chain.add(to);
			}
			if (reversed[e]) {
				java.util.Collections.reverse(chain);
			}
			this.chains.add(chain);
		}
	}

	private void link(int upper, int lower) {
		this.down.get(upper).add(lower);
		this.up.get(lower).add(upper);
	}

	/** The vertices of each rank, ordered by a few barycentre sweeps. */
	private List<List<Integer>> order() {
		int ranks = this.rank.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		List<List<Integer>> layers = new ArrayList<>();
		for (int r = 0; r < ranks; r++) {
			layers.add(new ArrayList<>());
		}
		for (int v = 0; v < this.rank.size(); v++) {
			layers.get(this.rank.get(v)).add(v);
		}
		double[] slot = new double[this.rank.size()];
		renumber(layers, slot);
		for (int sweep = 0; sweep < SWEEPS; sweep++) {
			for (int r = 1; r < ranks; r++) {
				sortByBarycentre(layers.get(r), this.up, slot);
			}
			renumber(layers, slot);
			for (int r = ranks - 2; r >= 0; r--) {
				sortByBarycentre(layers.get(r), this.down, slot);
			}
			renumber(layers, slot);
		}
		return layers;
	}

	private static void renumber(List<List<Integer>> layers, double[] slot) {
		for (List<Integer> layer : layers) {
			for (int i = 0; i < layer.size(); i++) {
				slot[layer.get(i)] = i;
			}
		}
	}

	private static void sortByBarycentre(List<Integer> layer, List<List<Integer>> neighbours, double[] slot) {
		double[] key = new double[slot.length];
		for (int v : layer) {
			List<Integer> near = neighbours.get(v);
			key[v] = near.isEmpty() ? slot[v] : near.stream().mapToDouble((n) -> slot[n]).average().orElse(slot[v]);
		}
		layer.sort(Comparator.comparingDouble((Integer v) -> key[v]).thenComparingDouble((v) -> slot[v]));
	}

	/**
	 * Where each rank's centre line lies, leaving room for the edge labels between ranks.
	 */
	private double[] rankCoordinates(List<List<Integer>> layers, boolean horizontal) {
		double[] extent = new double[layers.size()];
		for (int r = 0; r < layers.size(); r++) {
			for (int v : layers.get(r)) {
				extent[r] = Math.max(extent[r], this.along.get(v));
			}
		}
		double[] gap = new double[layers.size()];
		Arrays.fill(gap, RANK_GAP);
		for (int e = 0; e < this.chart.edges().size(); e++) {
			String label = this.chart.edges().get(e).label();
			List<Integer> chain = this.chains.get(e);
			if (label == null || label.isEmpty() || chain.size() < 2) {
				continue;
			}
			int r = Math.min(this.rank.get(chain.get(0)), this.rank.get(chain.get(1)));
			var lines = TextMetrics.lines(label);
			double needed = horizontal ? TextMetrics.width(lines) + 24 : lines.size() * TextMetrics.LINE_HEIGHT + 20;
			gap[r] = Math.max(gap[r], needed);
		}
		double[] at = new double[layers.size()];
		double cursor = 0;
		for (int r = 0; r < layers.size(); r++) {
			if (r > 0) {
				cursor += extent[r - 1] / 2 + gap[r - 1] + extent[r] / 2;
			}
			else {
				cursor = extent[0] / 2;
			}
			at[r] = cursor;
		}
		return at;
	}

	/**
	 * Places each rank's vertices across it: packed in order, then moved towards their
	 * neighbours' average, never closer to each other than the gap.
	 */
	private void place(List<List<Integer>> layers) {
		this.position = new double[this.rank.size()];
		for (List<Integer> layer : layers) {
			double cursor = 0;
			for (int v : layer) {
				this.position[v] = cursor + this.across.get(v) / 2;
				cursor += this.across.get(v) + gapAfter(v);
			}
		}
		for (int pass = 0; pass < 3; pass++) {
			for (int r = 1; r < layers.size(); r++) {
				align(layers.get(r), this.up);
			}
			for (int r = layers.size() - 2; r >= 0; r--) {
				align(layers.get(r), this.down);
			}
		}
	}

	private double gapAfter(int vertex) {
		return (vertex < this.nodeCount) ? NODE_GAP : POINT_GAP;
	}

	private void align(List<Integer> layer, List<List<Integer>> neighbours) {
		if (layer.isEmpty()) {
			return;
		}
		double[] wanted = new double[layer.size()];
		for (int i = 0; i < layer.size(); i++) {
			int v = layer.get(i);
			List<Integer> near = neighbours.get(v);
			wanted[i] = near.isEmpty() ? this.position[v]
					: near.stream().mapToDouble((n) -> this.position[n]).average().orElse(this.position[v]);
		}
		double[] placed = new double[layer.size()];
		for (int i = 0; i < layer.size(); i++) {
			placed[i] = wanted[i];
			if (i > 0) {
				int previous = layer.get(i - 1);
				double least = placed[i - 1] + this.across.get(previous) / 2 + gapAfter(previous)
						+ this.across.get(layer.get(i)) / 2;
				placed[i] = Math.max(placed[i], least);
			}
		}
		// Packing pushes rightwards only: shift the rank back by the average push.
		double shift = 0;
		for (int i = 0; i < layer.size(); i++) {
			shift += wanted[i] - placed[i];
		}
		shift /= layer.size();
		for (int i = 0; i < layer.size(); i++) {
			this.position[layer.get(i)] = placed[i] + shift;
		}
	}

	private FlowLayout build(boolean horizontal, double[] rankAt) {
		boolean reversedAxis = this.chart.direction().reversed();
		double rankEnd = rankAt.length > 0 ? rankAt[rankAt.length - 1] : 0;
		Point[] centre = new Point[this.rank.size()];
		for (int v = 0; v < this.rank.size(); v++) {
			double r = rankAt[this.rank.get(v)];
			if (reversedAxis) {
				r = rankEnd - r;
			}
			centre[v] = horizontal ? new Point(r, this.position[v]) : new Point(this.position[v], r);
		}
		List<FlowLayout.Box> boxes = new ArrayList<>();
		for (int v = 0; v < this.nodeCount; v++) {
			double w = horizontal ? this.along.get(v) : this.across.get(v);
			double h = horizontal ? this.across.get(v) : this.along.get(v);
			boxes.add(new FlowLayout.Box(centre[v].x() - w / 2, centre[v].y() - h / 2, w, h));
		}
		List<FlowLayout.Route> routes = new ArrayList<>();
		for (int e = 0; e < this.chart.edges().size(); e++) {
			routes.add(EdgeRoutes.of(this.chart, e, this.chains.get(e), centre, boxes, horizontal));
		}
		List<FlowLayout.Box> groups = new ArrayList<>();
		for (Flowchart.Subgraph subgraph : this.chart.subgraphs()) {
			groups.add(groupBox(subgraph, boxes));
		}
		return normalised(boxes, routes, groups);
	}

	private static FlowLayout.Box groupBox(Flowchart.Subgraph subgraph, List<FlowLayout.Box> boxes) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int member : subgraph.members()) {
			FlowLayout.Box box = boxes.get(member);
			minX = Math.min(minX, box.x());
			minY = Math.min(minY, box.y());
			maxX = Math.max(maxX, box.x() + box.width());
			maxY = Math.max(maxY, box.y() + box.height());
		}
		double titleWidth = TextMetrics.width(subgraph.title()) + 20;
		double width = Math.max(maxX - minX + 20, titleWidth);
		return new FlowLayout.Box(minX - 10, minY - 10 - TextMetrics.LINE_HEIGHT - 4, width,
				maxY - minY + 20 + TextMetrics.LINE_HEIGHT + 4);
	}

	/** Moves everything so the drawing starts at the margin, and measures it. */
	private static FlowLayout normalised(List<FlowLayout.Box> boxes, List<FlowLayout.Route> routes,
			List<FlowLayout.Box> groups) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		List<FlowLayout.Box> all = new ArrayList<>(boxes);
		all.addAll(groups);
		for (FlowLayout.Box box : all) {
			minX = Math.min(minX, box.x());
			minY = Math.min(minY, box.y());
			maxX = Math.max(maxX, box.x() + box.width());
			maxY = Math.max(maxY, box.y() + box.height());
		}
		for (FlowLayout.Route route : routes) {
			for (Point p : route.points()) {
				minX = Math.min(minX, p.x() - 6);
				minY = Math.min(minY, p.y() - 6);
				maxX = Math.max(maxX, p.x() + 6);
				maxY = Math.max(maxY, p.y() + 6);
			}
		}
		double dx = MARGIN - minX;
		double dy = MARGIN - minY;
		List<FlowLayout.Route> moved = routes.stream()
			.map((route) -> new FlowLayout.Route(
					route.points().stream().map((p) -> new Point(p.x() + dx, p.y() + dy)).toList(),
					(route.labelAt() != null) ? new Point(route.labelAt().x() + dx, route.labelAt().y() + dy) : null))
			.toList();
		return new FlowLayout(maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN,
				boxes.stream().map((b) -> b.moved(dx, dy)).toList(), moved,
				groups.stream().map((b) -> b.moved(dx, dy)).toList());
	}

	/** A first-in, first-out queue of ints on a growing array. */
	private static final class ArrayListQueue {

		private int[] items = new int[16];

		private int head;

		private int tail;

		void add(int value) {
			if (this.tail == this.items.length) {
				this.items = Arrays.copyOf(this.items, this.items.length * 2);
			}
			this.items[this.tail++] = value;
		}

		int poll() {
			return this.items[this.head++];
		}

		boolean isEmpty() {
			return this.head == this.tail;
		}

	}

}
