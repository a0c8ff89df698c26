package app.mockinterview.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain words skip flexmark and jsoup when rendered inline (issue 21: that was a quarter
 * of a large import). The shortcut must give exactly what the full rendering gives.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void plainTextComesOutAsTheFullRenderingWouldGiveIt() {
		for (String text : List.of("Names the trade-off, and why it matters.", "Uses 3 partitions (not 300).",
				"Asks: what is late? Then decides", "It's 50% cheaper/faster; + or - 1 = ok", "Two  spaces inside",
				"A. not a list", "Ends with a colon:")) {
			assertThat(this.markdown.renderInline(text)).as(text).isEqualTo(this.markdown.renderInlineMarkdown(text));
		}
	}

	@Test
	void markupStillGoesThroughTheRenderer() {
		assertThat(this.markdown.renderInline("Knows **why** `groupByKey` shuffles"))
			.isEqualTo("Knows <strong>why</strong> <code>groupByKey</code> shuffles");
		assertThat(this.markdown.renderInline("1. a list")).isEqualTo(this.markdown.renderInlineMarkdown("1. a list"));
		assertThat(this.markdown.renderInline("Tom & Jerry <b>x</b>")).isEqualTo("Tom &amp; Jerry <b>x</b>");
		assertThat(this.markdown.renderInline("# Heading")).isEqualTo("<h1>Heading</h1>");
	}

	@Test
	void everyLabelledItemOfTheShippedContentRendersAsBefore() throws IOException {
		Pattern item = Pattern.compile("(?m)^\\s*- \\*\\*[^*]+\\*\\*:?\\s*(.+)$");
		List<String> meanings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("content"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".md")).toList()) {
				Matcher matcher = item.matcher(Files.readString(file));
				while (matcher.find()) {
					meanings.add(matcher.group(1).strip());
				}
			}
		}
		assertThat(meanings).hasSizeGreaterThan(100);
		for (String meaning : meanings) {
			assertThat(this.markdown.renderInline(meaning)).as(meaning)
				.isEqualTo(this.markdown.renderInlineMarkdown(meaning));
		}
	}

}
