package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.LinkResolver.Link;
import app.mockinterview.content.prepdoc.PrepDocumentParser.LinkDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/** Citations and inline links of a prep document, resolved against its definitions. */
class LinkResolverTests {

	private final LinkResolver resolver = new LinkResolver("doc.md",
			Map.of("1", new LinkDefinition("https://example.org/a?utm_source=chat&id=7", "Thread", 40), "2",
					new LinkDefinition("javascript:alert(1)", null, 41)));

	private final List<ContentProblem> problems = new ArrayList<>();

	@Test
	void citationsAndInlineLinksAreFoundWithTheDefinitionTitle() {
		assertThat(this.resolver.links("Asked at **Acme** ([Glassdoor][1]), see [the docs](https://docs.example.org/x)",
				5, this.problems))
			.containsExactly(new Link("Glassdoor: Thread", "https://example.org/a?id=7"),
					new Link("the docs", "https://docs.example.org/x"));
		assertThat(this.problems).isEmpty();
	}

	@Test
	void undefinedCitationsAndAddressesThatAreNotWebAddressesAreLeftOutWithAWarning() {
		assertThat(this.resolver.links("[Forum][9] and [Bad][2]", 5, this.problems)).isEmpty();
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:5: warning: citation [9] has no link definition; it is kept as plain text",
					"doc.md:41: warning: link [2] is not an http or https address and is left out");
	}

	@Test
	void resolvingTurnsCitationsIntoLinksOrPlainText() {
		assertThat(this.resolver.resolve("See [Glassdoor][1], [Forum][9] and [1][]."))
			.isEqualTo("See [Glassdoor](https://example.org/a?id=7), Forum and [1](https://example.org/a?id=7).");
		assertThat(this.resolver.resolve((PrepDocumentParser.Part) null)).isEmpty();
	}

	@Test
	void withoutLinksCitationsInParenthesesGoAndLinksKeepTheirText() {
		assertThat(LinkResolver.withoutLinks("“Why?”  ([Glassdoor][1]) read [the docs](https://x.org/y) ( [a][2] )"))
			.isEqualTo("“Why?” read the docs");
	}

	@Test
	void webAddressesLoseTrackingParameters() {
		assertThat(LinkResolver.webAddress("https://x.org/p?utm_source=a&id=1")).contains("https://x.org/p?id=1");
		assertThat(LinkResolver.webAddress("https://x.org/p?id=1&utm_source=a")).contains("https://x.org/p?id=1");
		assertThat(LinkResolver.webAddress("https://x.org/p?utm_source=a#top")).contains("https://x.org/p#top");
		assertThat(LinkResolver.webAddress("ftp://x.org/p")).isEmpty();
		assertThat(LinkResolver.webAddress("https:///nohost")).isEmpty();
		assertThat(LinkResolver.webAddress("not a url")).isEmpty();
	}

	@Test
	void theSourceListHasOneEscapedBulletPerAddressSourceFirst() {
		Link source = new Link("Glassdoor [1]", "https://a.org");
		assertThat(LinkResolver.sourceList(source, List.of(new Link("Docs", "https://b.org"), source)))
			.isEqualTo("- [Glassdoor \\[1\\]](https://a.org)\n- [Docs](https://b.org)");
	}

}
