package app.mockinterview.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlowchartParserTests {

	private static Flowchart parse(String text) {
		return FlowchartParser.parse(text.lines().toList());
	}

	@Test
	void headerGivesTheDirection() {
		assertThat(parse("graph LR\nA-->B").direction()).isEqualTo(Direction.LR);
		assertThat(parse("flowchart BT\nA-->B").direction()).isEqualTo(Direction.BT);
		assertThat(parse("flowchart\nA-->B").direction()).isEqualTo(Direction.TD);
	}

	@Test
	void everyShapeAndQuotedLabels() {
		Flowchart chart = parse("""
				flowchart TD
				a[Rect] --> b(Round) --> c([Stadium]) --> d((Circle))
				e{Diamond?} --> f[(Warehouse)] --> g[[Job]] --> h["Quoted [with] brackets"]
				""");
		assertThat(chart.nodes()).extracting(Flowchart.Node::shape)
			.containsExactly(NodeShape.RECTANGLE, NodeShape.ROUNDED, NodeShape.STADIUM, NodeShape.CIRCLE,
					NodeShape.DIAMOND, NodeShape.CYLINDER, NodeShape.SUBROUTINE, NodeShape.RECTANGLE);
		assertThat(chart.nodes()).extracting(Flowchart.Node::label)
			.containsExactly("Rect", "Round", "Stadium", "Circle", "Diamond?", "Warehouse", "Job",
					"Quoted [with] brackets");
		assertThat(chart.edges()).hasSize(6);
	}

	@Test
	void edgeKindsAndLabels() {
		Flowchart chart = parse("""
				graph LR
				A --> B
				B --- C
				C -.-> D
				D ==> E
				E -->|yes| F
				F -- no --> G
				G -. maybe .-> H
				""");
		assertThat(chart.edges()).extracting(Flowchart.Edge::line)
			.containsExactly(Flowchart.Line.SOLID, Flowchart.Line.SOLID, Flowchart.Line.DOTTED, Flowchart.Line.THICK,
					Flowchart.Line.SOLID, Flowchart.Line.SOLID, Flowchart.Line.DOTTED);
		assertThat(chart.edges()).extracting(Flowchart.Edge::arrow)
			.containsExactly(true, false, true, true, true, true, true);
		assertThat(chart.edges()).extracting(Flowchart.Edge::label)
			.containsExactly(null, null, null, null, "yes", "no", "maybe");
	}

	@Test
	void chainsAndGroupsMakeEveryEdge() {
		Flowchart chart = parse("flowchart TD\nA & B --> C --> D & E");
		assertThat(chart.edges()).extracting((e) -> e.from() + ">" + e.to())
			.containsExactly("0>2", "1>2", "2>3", "2>4");
	}

	@Test
	void aNodeKeepsItsLabelWhenMentionedAgainByIdAndSemicolonsSeparateStatements() {
		Flowchart chart = parse("graph TD\nA[Kafka topic] --> B; B --> A");
		assertThat(chart.nodes()).extracting(Flowchart.Node::label).containsExactly("Kafka topic", "B");
		assertThat(chart.edges()).hasSize(2);
	}

	@Test
	void subgraphsCollectTheirNodesAndNest() {
		Flowchart chart = parse("""
				flowchart LR
				subgraph ingest [Ingestion layer]
				  A --> B
				  subgraph inner
				    C
				  end
				end
				B --> D
				""");
		assertThat(chart.subgraphs()).extracting(Flowchart.Subgraph::title).containsExactly("inner", "Ingestion layer");
		assertThat(chart.subgraphs().get(1).members()).containsExactly(0, 1, 2);
		assertThat(chart.subgraphs().get(0).members()).containsExactly(2);
	}

	@Test
	void commentsAndStylingOrInteractionAreIgnored() {
		Flowchart chart = parse("""
				%%{init: {"theme": "dark", "securityLevel": "loose"}}%%
				flowchart TD
				%% a comment
				A --> B
				click A call alert()
				click B "javascript:alert(1)"
				style A fill:#f9f
				classDef hot fill:red
				class A hot
				linkStyle 0 stroke:red
				C:::hot --> A
				""");
		assertThat(chart.nodes()).extracting(Flowchart.Node::id).containsExactly("A", "B", "C");
		assertThat(chart.edges()).hasSize(2);
	}

	@Test
	void brokenTextSaysWhereAndWhy() {
		assertThatThrownBy(() -> parse("flowchart TD\nA[open --> B")).hasMessageContaining("line 2")
			.hasMessageContaining("unclosed label");
		assertThatThrownBy(() -> parse("flowchart TD\nA B")).hasMessageContaining("expected an arrow");
		assertThatThrownBy(() -> parse("flowchart TD\nend")).hasMessageContaining("without a subgraph");
		assertThatThrownBy(() -> parse("flowchart TD\nsubgraph x\nA")).hasMessageContaining("has no \"end\"");
		assertThatThrownBy(() -> parse("pie\nA")).hasMessageContaining("starts with");
	}

	@Test
	void limitsKeepDiagramsSmall() {
		StringBuilder many = new StringBuilder("flowchart TD\n");
		for (int i = 0; i <= DiagramLimits.MAX_NODES; i++) {
			many.append("n").append(i).append('\n');
		}
		assertThatThrownBy(() -> parse(many.toString())).hasMessageContaining("more than 150 nodes");
		StringBuilder edges = new StringBuilder("flowchart TD\n");
		for (int i = 0; i <= DiagramLimits.MAX_EDGES; i++) {
			edges.append("a --> b\n");
		}
		assertThatThrownBy(() -> parse(edges.toString())).hasMessageContaining("more than 300 edges");
		String longLabel = "x".repeat(500);
		assertThat(parse("graph TD\nA[" + longLabel + "]").nodes().get(0).label()).hasSize(120).endsWith("…");
	}

	@Test
	void labelLineBreaks() {
		assertThat(TextMetrics.lines("Spark<br>job<br/>nightly")).isEqualTo(List.of("Spark", "job", "nightly"));
	}

}
