package app.mockinterview.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part of Mermaid's flowchart syntax that sketches need: a header
 * ({@code flowchart LR}, {@code graph TD}), nodes with shapes and (quoted) labels, edges
 * ({@code -->}, {@code ---}, {@code -.->}, {@code ==>}) with labels ({@code -->|yes|},
 * {@code -- yes -->}), chains ({@code A --> B --> C}), groups ({@code A & B --> C}),
 * {@code subgraph ... end} and {@code %%} comments. Styling and interaction
 * ({@code click}, {@code style}, {@code classDef}, {@code class}, {@code linkStyle},
 * {@code %%{init}%%}) are read past and ignored.
 */
final class FlowchartParser {

	private static final Pattern HEADER = Pattern.compile("(?i)(?:flowchart|graph)(?:\\s+(TD|TB|BT|LR|RL))?\\s*;?");

	private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_]+");

	private static final Pattern CLASS_SUFFIX = Pattern.compile(":::[\\w-]+");

	private static final Pattern PIPE_LABEL = Pattern.compile("\\s*\\|([^|]*)\\|");

	private static final Set<String> IGNORED = Set.of("click", "style", "classdef", "class", "linkstyle", "direction",
			"acctitle", "accdescr", "accdescr:", "acctitle:");

	/** Edge forms, most specific first; group 1, where present, is the edge's label. */
	private static final List<EdgeForm> EDGE_FORMS = List.of(
			new EdgeForm("<?--\\s+([^\\s>-][^>]*?)\\s+-{2,}>", Flowchart.Line.SOLID, true),
			new EdgeForm("--\\s+([^\\s>-][^>]*?)\\s+-{3,}", Flowchart.Line.SOLID, false),
			new EdgeForm("<?-\\.\\s*([^\\s.>-][^>]*?)\\s*\\.-+>", Flowchart.Line.DOTTED, true),
			new EdgeForm("<?==\\s+([^\\s=>][^>]*?)\\s+={2,}>", Flowchart.Line.THICK, true),
			new EdgeForm("<?-{2,}>", Flowchart.Line.SOLID, true),
			new EdgeForm("<?-{2,}[xo](?=\\s|$)", Flowchart.Line.SOLID, true),
			new EdgeForm("-{3,}", Flowchart.Line.SOLID, false), new EdgeForm("<?-\\.+->", Flowchart.Line.DOTTED, true),
			new EdgeForm("-\\.+-", Flowchart.Line.DOTTED, false), new EdgeForm("<?={2,}>", Flowchart.Line.THICK, true),
			new EdgeForm("={3,}", Flowchart.Line.THICK, false), new EdgeForm("~{3,}", Flowchart.Line.DOTTED, false));

	private record EdgeForm(Pattern pattern, Flowchart.Line line, boolean arrow) {

		EdgeForm(String regex, Flowchart.Line line, boolean arrow) {
			this(Pattern.compile(regex), line, arrow);
		}

	}

	private record Link(String label, Flowchart.Line line, boolean arrow) {

	}

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> ids = new ArrayList<>();

	private final List<String> labels = new ArrayList<>();

	private final List<NodeShape> shapes = new ArrayList<>();

	private final List<Flowchart.Edge> edges = new ArrayList<>();

	private final Deque<OpenSubgraph> open = new ArrayDeque<>();

	private final List<Flowchart.Subgraph> subgraphs = new ArrayList<>();

	private final Set<Integer> grouped = new LinkedHashSet<>();

	private String line;

	private int lineNumber;

	private int at;

	private record OpenSubgraph(String title, List<Integer> members) {

	}

	private FlowchartParser() {
	}

	static Flowchart parse(List<String> lines) {
		return new FlowchartParser().read(lines);
	}

	private Flowchart read(List<String> lines) {
		Direction direction = null;
		for (int i = 0; i < lines.size(); i++) {
			this.lineNumber = i + 1;
			for (String statement : Statements.split(lines.get(i))) {
				if (statement.isEmpty() || statement.startsWith("%%")) {
					continue;
				}
				if (direction == null) {
					Matcher header = HEADER.matcher(statement);
					if (!header.matches()) {
						throw DiagramException.at(this.lineNumber,
								"a flowchart starts with \"flowchart TD\" or \"graph LR\"");
					}
					direction = (header.group(1) != null) ? Direction.valueOf(header.group(1).toUpperCase(Locale.ROOT))
							: Direction.TD;
					continue;
				}
				statement(statement);
			}
		}
		if (direction == null) {
			throw new DiagramException("the diagram is empty");
		}
		if (!this.open.isEmpty()) {
			throw new DiagramException("subgraph \"" + this.open.peek().title() + "\" has no \"end\"");
		}
		if (this.ids.isEmpty()) {
			throw new DiagramException("the flowchart has no nodes");
		}
		List<Flowchart.Node> nodes = new ArrayList<>();
		for (int i = 0; i < this.ids.size(); i++) {
			nodes.add(new Flowchart.Node(this.ids.get(i), DiagramLimits.label(this.labels.get(i)), this.shapes.get(i)));
		}
		return new Flowchart(direction, nodes, List.copyOf(this.edges), List.copyOf(this.subgraphs));
	}

	private void statement(String statement) {
		String first = statement.split("[ \t]", 2)[0].toLowerCase(Locale.ROOT);
		if (IGNORED.contains(first)) {
			return;
		}
		if (first.equals("subgraph")) {
			String title = statement.substring("subgraph".length()).strip();
			this.open.push(new OpenSubgraph(subgraphTitle(title), new ArrayList<>()));
			return;
		}
		if (statement.equals("end")) {
			if (this.open.isEmpty()) {
				throw DiagramException.at(this.lineNumber, "\"end\" without a subgraph");
			}
			OpenSubgraph done = this.open.pop();
			if (!done.members().isEmpty()) {
				this.subgraphs.add(new Flowchart.Subgraph(done.title(), List.copyOf(done.members())));
			}
			return;
		}
		this.line = statement;
		this.at = 0;
		List<Integer> group = group();
		while (true) {
			skipSpaces();
			if (this.at >= this.line.length()) {
				return;
			}
			Link link = link();
			List<Integer> next = group();
			for (int from : group) {
				for (int to : next) {
					if (this.edges.size() >= DiagramLimits.MAX_EDGES) {
						throw new DiagramException("more than " + DiagramLimits.MAX_EDGES + " edges");
					}
					this.edges.add(new Flowchart.Edge(from, to, link.label(), link.line(), link.arrow()));
				}
			}
			group = next;
		}
	}

	private static String subgraphTitle(String text) {
		Matcher bracketed = Pattern.compile("[\\p{L}\\p{N}_-]+\\s*\\[\"?(.*?)\"?\\]").matcher(text);
		if (bracketed.matches()) {
			return bracketed.group(1);
		}
		return DiagramLimits.label(unquote(text));
	}

	private List<Integer> group() {
		List<Integer> group = new ArrayList<>();
		group.add(node());
		while (true) {
			skipSpaces();
			if (this.at < this.line.length() && this.line.charAt(this.at) == '&') {
				this.at++;
				group.add(node());
			}
			else {
				return group;
			}
		}
	}

	private int node() {
		skipSpaces();
		Matcher id = ID.matcher(this.line).region(this.at, this.line.length());
		if (!id.lookingAt()) {
			throw DiagramException.at(this.lineNumber, "expected a node, found \"" + rest() + "\"");
		}
		this.at = id.end();
		String label = null;
		NodeShape shape = null;
		for (NodeShape candidate : NodeShape.BY_OPENING) {
			if (this.line.startsWith(candidate.open, this.at)) {
				shape = candidate;
				label = label(candidate);
				break;
			}
		}
		Matcher css = CLASS_SUFFIX.matcher(this.line).region(this.at, this.line.length());
		if (css.lookingAt()) {
			this.at = css.end();
		}
		return register(id.group(), label, shape);
	}

	private String label(NodeShape shape) {
		int start = this.at + shape.open.length();
		int end;
		String label;
		if (start < this.line.length() && this.line.charAt(start) == '"') {
			int quote = this.line.indexOf('"', start + 1);
			if (quote < 0 || !this.line.startsWith(shape.close, quote + 1)) {
				throw DiagramException.at(this.lineNumber, "unclosed label \"" + rest() + "\"");
			}
			label = this.line.substring(start + 1, quote);
			end = quote + 1;
		}
		else {
			end = this.line.indexOf(shape.close, start);
			if (end < 0) {
				throw DiagramException.at(this.lineNumber, "unclosed label \"" + rest() + "\"");
			}
			label = this.line.substring(start, end);
		}
		this.at = end + shape.close.length();
		return label;
	}

	private int register(String id, String label, NodeShape shape) {
		Integer known = this.index.get(id);
		int node;
		if (known == null) {
			if (this.ids.size() >= DiagramLimits.MAX_NODES) {
				throw new DiagramException("more than " + DiagramLimits.MAX_NODES + " nodes");
			}
			node = this.ids.size();
			this.index.put(id, node);
			this.ids.add(id);
			this.labels.add((label != null) ? label : id);
			this.shapes.add((shape != null) ? shape : NodeShape.RECTANGLE);
		}
		else {
			node = known;
			if (label != null) {
				this.labels.set(node, label);
				this.shapes.set(node, shape);
			}
		}
		if (!this.open.isEmpty() && this.grouped.add(node)) {
			for (OpenSubgraph subgraph : this.open) {
				subgraph.members().add(node);
			}
		}
		return node;
	}

	private Link link() {
		for (EdgeForm form : EDGE_FORMS) {
			Matcher match = form.pattern().matcher(this.line).region(this.at, this.line.length());
			if (match.lookingAt()) {
				this.at = match.end();
				String label = (match.groupCount() > 0) ? match.group(1) : null;
				Matcher pipe = PIPE_LABEL.matcher(this.line).region(this.at, this.line.length());
				if (pipe.lookingAt()) {
					label = pipe.group(1);
					this.at = pipe.end();
				}
				return new Link((label != null) ? DiagramLimits.label(unquote(label)) : null, form.line(),
						form.arrow());
			}
		}
		throw DiagramException.at(this.lineNumber, "expected an arrow such as --> before \"" + rest() + "\"");
	}

	private static String unquote(String text) {
		String trimmed = text.strip();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return trimmed.substring(1, trimmed.length() - 1);
		}
		return trimmed;
	}

	private void skipSpaces() {
		while (this.at < this.line.length() && Character.isWhitespace(this.line.charAt(this.at))) {
			this.at++;
		}
	}

	private String rest() {
		String rest = this.line.substring(this.at);
		return (rest.length() > 30) ? rest.substring(0, 30) + "…" : rest;
	}

}
