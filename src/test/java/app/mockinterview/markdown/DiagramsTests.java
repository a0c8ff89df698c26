package app.mockinterview.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramsTests {

	@Test
	void aFlowchartIsAnAccessibleSvgWithItsSourceAsTextAlternative() {
		String html = Diagrams.toHtml("flowchart LR\nA[Kafka] -->|events| B[(Lake)]");
		Document page = Jsoup.parseBodyFragment(html);
		Element svg = page.selectFirst("figure.diagram-figure > svg.diagram");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.child(0).normalName()).isEqualTo("title");
		assertThat(svg.child(0).text()).isEqualTo("Flowchart: Kafka, Lake (2 nodes, 1 edge)");
		assertThat(svg.select("text").eachText()).contains("Kafka", "Lake", "events");
		assertThat(svg.select("polygon.dg-arrow")).hasSize(1);
		assertThat(page.select("details.diagram-source code.language-mermaid").text()).contains("A[Kafka]");
	}

	@Test
	void aSequenceDiagramDrawsItsParticipantsMessagesAndFrames() {
		String html = Diagrams.toHtml("""
				sequenceDiagram
				autonumber
				Client->>API: POST /orders
				loop retries
				API-->>Client: 503
				end
				Note right of API: idempotent
				""");
		Element svg = Jsoup.parseBodyFragment(html).selectFirst("svg.diagram--sequence");
		assertThat(svg).isNotNull();
		assertThat(svg.selectFirst("title").text()).isEqualTo("Sequence diagram between Client, API (2 messages)");
		assertThat(svg.select("text").eachText()).contains("Client", "API", "1. POST /orders", "2. 503",
				"loop [retries]", "idempotent");
		assertThat(svg.select("rect.dg-frame")).hasSize(1);
		assertThat(svg.select("polyline.dg-message--dashed")).hasSize(1);
	}

	@Test
	void labelsAreTextNeverMarkup() {
		String html = Diagrams.toHtml("""
				flowchart TD
				A[<script>alert(1)</script>] --> B["<img src=x onerror=alert(1)>"]
				B -->|<svg onload=alert(2)>| C[javascript:alert(3)]
				click A call alert()
				""");
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("script, img, svg svg, foreignObject, a")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList()).noneMatch(
				(attribute) -> attribute.getKey().startsWith("on") || attribute.getValue().contains("javascript")));
		assertThat(page.select("svg text").eachText()).contains("<script>alert(1)</script>",
				"<img src=x onerror=alert(1)>", "<svg onload=alert(2)>", "javascript:alert(3)");
	}

	@Test
	void aDiagramThatCannotBeDrawnShowsItsSourceAndTheReason() {
		String html = Diagrams.toHtml("flowchart TD\nA[never closed --> B");
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("svg")).isEmpty();
		assertThat(page.selectFirst("p.diagram-reason").text())
			.isEqualTo("Diagram not drawn: line 2: unclosed label \"[never closed --> B\".");
		assertThat(page.selectFirst("pre code").text()).contains("A[never closed --> B");
		assertThat(Jsoup.parseBodyFragment(Diagrams.toHtml("pie title Pets\n\"Dogs\": 3")).text())
			.contains("only flowchart, graph and sequenceDiagram diagrams are drawn");
	}

	@Test
	void numbersAreShortAndExact() {
		assertThat(SvgWriter.number(12.0)).isEqualTo("12");
		assertThat(SvgWriter.number(12.34)).isEqualTo("12.3");
		assertThat(SvgWriter.number(-0.46)).isEqualTo("-0.5");
		assertThat(SvgWriter.number(-3.5)).isEqualTo("-3.5");
	}

}
