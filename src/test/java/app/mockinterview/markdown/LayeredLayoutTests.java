package app.mockinterview.markdown;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredLayoutTests {

	private static final String PIPELINE = """
			flowchart %s
			S3[(Raw bucket)] --> Spark[[Nightly Spark job]] --> DQ{Quality ok?}
			DQ -->|yes| WH[(Warehouse)]
			DQ -->|no| Q[Quarantine] --> S3
			S3 --> Stream([Streaming]) --> WH
			WH --> BI((BI)) & ML(Features)
			Spark --> WH
			WH --> WH
			""";

	private static FlowLayout layOut(String text) {
		return LayeredLayout.of(FlowchartParser.parse(text.lines().toList()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "TD", "LR", "BT", "RL" })
	void noTwoNodesOverlapAndEverythingFitsTheDrawing(String direction) {
		FlowLayout layout = layOut(PIPELINE.formatted(direction));
		List<FlowLayout.Box> nodes = layout.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			FlowLayout.Box box = nodes.get(i);
			assertThat(box.x()).isGreaterThanOrEqualTo(0);
			assertThat(box.y()).isGreaterThanOrEqualTo(0);
			assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
			assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
			for (int j = i + 1; j < nodes.size(); j++) {
				assertThat(box.overlaps(nodes.get(j))).as("node %d and %d overlap", i, j).isFalse();
			}
		}
	}

	@Test
	void everyEdgeIsRoutedFromItsSourceToItsTarget() {
		Flowchart chart = FlowchartParser.parse(PIPELINE.formatted("TD").lines().toList());
		FlowLayout layout = LayeredLayout.of(chart);
		assertThat(layout.routes()).hasSize(chart.edges().size());
		for (int e = 0; e < chart.edges().size(); e++) {
			Flowchart.Edge edge = chart.edges().get(e);
			List<Point> points = layout.routes().get(e).points();
			assertThat(points).hasSizeGreaterThanOrEqualTo(2);
			assertThat(near(points.get(0), layout.nodes().get(edge.from()))).as("edge %d starts at its source", e)
				.isTrue();
			assertThat(near(points.get(points.size() - 1), layout.nodes().get(edge.to())))
				.as("edge %d ends at its target", e)
				.isTrue();
		}
	}

	@Test
	void ranksFollowTheDirectionAndCyclesDoNotLoopForever() {
		FlowLayout down = layOut("flowchart TD\nA --> B --> C --> A");
		assertThat(down.nodes().get(0).y()).isLessThan(down.nodes().get(1).y());
		assertThat(down.nodes().get(1).y()).isLessThan(down.nodes().get(2).y());
		FlowLayout right = layOut("flowchart LR\nA --> B --> C");
		assertThat(right.nodes().get(0).x()).isLessThan(right.nodes().get(1).x());
		FlowLayout up = layOut("flowchart BT\nA --> B");
		assertThat(up.nodes().get(0).y()).isGreaterThan(up.nodes().get(1).y());
		FlowLayout left = layOut("flowchart RL\nA --> B");
		assertThat(left.nodes().get(0).x()).isGreaterThan(left.nodes().get(1).x());
	}

	@Test
	void anEdgeSpanningRanksBendsThroughHiddenPoints() {
		FlowLayout layout = layOut("flowchart TD\nA --> B --> C --> D\nA --> D");
		assertThat(layout.routes().get(3).points()).hasSize(4);
	}

	@Test
	void subgraphBoxesHoldTheirNodes() {
		Flowchart chart = FlowchartParser
			.parse("flowchart LR\nsubgraph Ingest\nA --> B\nend\nB --> C".lines().toList());
		FlowLayout layout = LayeredLayout.of(chart);
		FlowLayout.Box group = layout.groups().get(0);
		for (int member : chart.subgraphs().get(0).members()) {
			FlowLayout.Box box = layout.nodes().get(member);
			assertThat(box.x()).isGreaterThan(group.x());
			assertThat(box.x() + box.width()).isLessThan(group.x() + group.width());
			assertThat(box.y()).isGreaterThan(group.y());
		}
	}

	private static boolean near(Point p, FlowLayout.Box box) {
		return p.x() >= box.x() - 1 && p.x() <= box.x() + box.width() + 1 && p.y() >= box.y() - 1
				&& p.y() <= box.y() + box.height() + 1;
	}

}
