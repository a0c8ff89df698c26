package app.mockinterview.markdown;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws a diagram from Mermaid-style text ({@code flowchart}/{@code graph} and
 * {@code sequenceDiagram}) as a figure: an inline SVG we generate ourselves, whose title
 * summarises it, and the source as its text alternative. A diagram that cannot be drawn
 * is shown as its source with a one-line reason.
 */
public final class Diagrams {

	private Diagrams() {
	}

	/** The HTML for a {@code mermaid} code block's text, alone in its document. */
	public static String toHtml(String source) {
		return toHtml(source, new DiagramBudget());
	}

	/**
	 * The HTML for a {@code mermaid} code block's text, drawn within a document's budget.
	 */
	public static String toHtml(String source, DiagramBudget budget) {
		try {
			return figure(svg(source, budget), source);
		}
		catch (DiagramException ex) {
			return failed(source, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// A drawing bug must never take the notes down with it.
			return failed(source, "this diagram could not be drawn");
		}
	}

	/** The SVG alone; a {@link DiagramException} says why there is none. */
	static String svg(String source, DiagramBudget budget) {
		if (source.length() > DiagramLimits.MAX_SOURCE_CHARS) {
			throw new DiagramException("longer than " + DiagramLimits.MAX_SOURCE_CHARS + " characters");
		}
		List<String> lines = source.lines().toList();
		String kind = lines.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("%%"))
			.findFirst()
			.orElse("");
		if (kind.startsWith("flowchart") || kind.startsWith("graph")) {
			Flowchart chart = FlowchartParser.parse(lines);
			budget.spend(chart.nodes().size() + chart.edges().size());
			return FlowchartSvg.draw(chart, LayeredLayout.of(chart), title(chart));
		}
		if (kind.startsWith("sequenceDiagram")) {
			SequenceDiagram diagram = SequenceParser.parse(lines);
			budget.spend(diagram.participants().size() + diagram.steps().size());
			return SequenceSvg.draw(diagram, title(diagram));
		}
		throw new DiagramException("only flowchart, graph and sequenceDiagram diagrams are drawn");
	}

	static String title(Flowchart chart) {
		List<String> labels = chart.nodes().stream().map((node) -> flat(node.label())).toList();
		return "Flowchart: " + listed(labels) + " (" + plural(chart.nodes().size(), "node") + ", "
				+ plural(chart.edges().size(), "edge") + ")";
	}

	static String title(SequenceDiagram diagram) {
		List<String> labels = diagram.participants().stream().map((p) -> flat(p.label())).toList();
		long messages = diagram.steps().stream().filter(SequenceDiagram.Message.class::isInstance).count();
		return "Sequence diagram between " + listed(labels) + " (" + plural((int) messages, "message") + ")";
	}

	private static String listed(List<String> names) {
		int shown = Math.min(names.size(), 5);
		String list = names.subList(0, shown).stream().collect(Collectors.joining(", "));
		return (names.size() > shown) ? list + " and " + (names.size() - shown) + " more" : list;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String flat(String label) {
		return String.join(" ", TextMetrics.lines(label));
	}

	private static String figure(String svg, String source) {
		return "<figure class=\"diagram-figure\">" + svg
				+ "<details class=\"diagram-source\"><summary>Diagram source (text)</summary><pre><code class=\"language-mermaid\">"
				+ Html.escape(source) + "</code></pre></details></figure>\n";
	}

	private static String failed(String source, String reason) {
		return "<div class=\"diagram-failed\"><p class=\"diagram-reason\">Diagram not drawn: " + Html.escape(reason)
				+ ".</p><pre><code class=\"language-mermaid\">" + Html.escape(source) + "</code></pre></div>\n";
	}

}
