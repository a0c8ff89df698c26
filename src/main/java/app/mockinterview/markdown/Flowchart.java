package app.mockinterview.markdown;

import java.util.List;

/** A parsed flowchart: nodes in order of first mention, edges, and subgraphs. */
record Flowchart(Direction direction, List<Node> nodes, List<Edge> edges, List<Subgraph> subgraphs) {

	record Node(String id, String label, NodeShape shape) {

	}

	/** An edge between two node indexes. */
	record Edge(int from, int to, String label, Line line, boolean arrow) {

	}

	enum Line {

		SOLID, DOTTED, THICK

	}

	/** A titled group of nodes (indexes), drawn as a box around them. */
	record Subgraph(String title, List<Integer> members) {

	}

}
