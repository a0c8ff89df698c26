package app.mockinterview.content;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserMarkdownTests {

	private static final String NOTES = """
			## Plan

			```sql
			SELECT customer_id, count(*) FROM orders -- daily
			WHERE day = '2026-12-01' GROUP BY 1;
			```

			```mermaid
			flowchart LR
			  K[Kafka] -->|events| S[[Spark job]] --> W[(Warehouse)]
			```
			""";

	@Test
	void codeBlocksAreHighlightedAndDiagramsDrawnThroughTheSanitiser() {
		Document html = Jsoup.parseBodyFragment(UserMarkdown.toSafeHtml(NOTES));
		assertThat(html.select("h2").text()).isEqualTo("Plan");
		Element code = html.selectFirst("pre > code.language-sql");
		assertThat(code).isNotNull();
		assertThat(code.select("span.tok-kw").eachText()).contains("SELECT", "FROM", "WHERE", "GROUP", "BY");
		assertThat(code.select("span.tok-fn").eachText()).containsExactly("count");
		assertThat(code.select("span.tok-str").eachText()).containsExactly("'2026-12-01'");
		assertThat(code.select("span.tok-com").eachText()).containsExactly("-- daily");
		Element svg = html.selectFirst("figure.diagram-figure > svg.diagram[role=img][viewBox]");
		assertThat(svg).as(html.html()).isNotNull();
		assertThat(svg.select("text").eachText()).contains("Kafka", "Spark job", "Warehouse", "events");
		assertThat(svg.select("polyline.dg-edge")).hasSize(2);
		assertThat(html.select("details.diagram-source > summary").text()).isEqualTo("Diagram source (text)");
	}

	@Test
	void otherCodeBlocksAndRawHtmlStayText() {
		String html = UserMarkdown.toSafeHtml("```rust\nfn x() {}\n```\n\n<svg onload=alert(1)><b>bold</b>");
		assertThat(html).contains("<code class=\"language-rust\">fn x() {}")
			.doesNotContain("<svg")
			.doesNotContain("<b>");
	}

	@Test
	void classesAndSvgPartsAreAllowedOnlyAsWeMakeThem() {
		UserSafelist safelist = new UserSafelist();
		String forged = "<span class=\"tok-kw message--error\">x</span><span class=\"visually-hidden\">y</span>"
				+ "<svg class=\"diagram\" onload=\"alert(1)\"><rect x=\"expression(1)\" class=\"dg-node\"></rect>"
				+ "<a href=\"javascript:alert(1)\"><text>t</text></a><use href=\"#x\"></use></svg>"
				+ "<code class=\"language-sql\" style=\"color:red\">c</code><p class=\"diagram-reason hidden\">p</p>";
		String clean = Jsoup.clean(forged, "", safelist,
				new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
		assertThat(clean).doesNotContain("class=\"tok-kw message--error\"")
			.doesNotContain("visually-hidden")
			.doesNotContain("onload")
			.doesNotContain("expression")
			.doesNotContain("javascript")
			.doesNotContain("<use")
			.doesNotContain("style=")
			.doesNotContain("hidden\"")
			.contains("<code class=\"language-sql\">c</code>")
			.contains("<rect class=\"dg-node\">");
	}

	/**
	 * A full 100 KB notes document — prose, code blocks and 40 diagrams, some at the size
	 * limits — renders in well under a second (the time is printed for the docs).
	 */
	@Test
	void aFullNotesDocumentRendersQuickly() {
		StringBuilder flow = new StringBuilder("```mermaid\nflowchart TD\n");
		for (int i = 0; i < 140; i++) {
			flow.append("n")
				.append(i)
				.append("[Step ")
				.append(i)
				.append("] --> n")
				.append((i * 7 + 3) % 140)
				.append('\n');
		}
		flow.append("```\n\n");
		StringBuilder sequence = new StringBuilder("```mermaid\nsequenceDiagram\n");
		for (int i = 0; i < 190; i++) {
			sequence.append("P")
				.append(i % 12)
				.append("->>P")
				.append((i * 5 + 1) % 12)
				.append(": call ")
				.append(i)
				.append('\n');
		}
		sequence.append("```\n\n");
		StringBuilder document = new StringBuilder();
		int diagrams = 0;
		while (document.toString().getBytes(StandardCharsets.UTF_8).length < 95 * 1024) {
			document.append("Some prose about the design, *partitioning* and `keys`.\n\n").append(NOTES);
			if (diagrams < 4) {
				document.append(flow).append(sequence);
			}
			diagrams++;
		}
		String markdown = document.substring(0, Math.min(document.length(), 100 * 1024));
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int warmUp = 0; warmUp < 5; warmUp++) {
			UserMarkdown.toSafeHtml(markdown);
		}
		// Processor time, not wall time: the build machine is often shared.
		long best = Long.MAX_VALUE;
		String html = "";
		for (int run = 0; run < 5; run++) {
			long start = threads.getCurrentThreadCpuTime();
			html = UserMarkdown.toSafeHtml(markdown);
			best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
		}
		int svgs = Jsoup.parseBodyFragment(html).select("svg").size();
		System.out.printf(
				"User Markdown: %d KB of notes with %d diagrams rendered in %d ms of processor time (%d KB of HTML)%n",
				markdown.length() / 1024, svgs, best / 1_000_000, html.length() / 1024);
		assertThat(svgs).isBetween(10, 20);
		assertThat(best / 1_000_000).isLessThan(1000);
	}

}
