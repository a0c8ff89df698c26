package app.mockinterview.content.prepdoc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.LinkDefinition;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;

/**
 * Resolves the links of a prep document: citations such as {@code [Glassdoor][1]} from
 * the link definitions at its end, and inline links, keeping only web addresses.
 */
final class LinkResolver {

	private static final Pattern REFERENCE_LINK = Pattern
		.compile("\\[([^\\[\\]\\n]{1,300})\\]\\[([^\\[\\]\\n]{0,100})\\]");

	private static final Pattern INLINE_LINK = Pattern
		.compile("\\[([^\\[\\]\\n]{1,300})\\]\\((https?://[^\\s)]{1,2000})(?:\\s+\"[^\"\\n]{0,300}\")?\\)");

	/** A link's text (with the definition's title, if any) and its web address. */
	record Link(String name, String url) {

	}

	private final String path;

	private final Map<String, LinkDefinition> definitions;

	LinkResolver(String path, Map<String, LinkDefinition> definitions) {
		this.path = path;
		this.definitions = definitions;
	}

	/** Every link in a piece of Markdown, citations resolved from the definitions. */
	List<Link> links(String markdown, int line, List<ContentProblem> problems) {
		List<Link> found = new ArrayList<>();
		Matcher reference = REFERENCE_LINK.matcher(markdown);
		while (reference.find()) {
			String label = label(reference);
			LinkDefinition definition = this.definitions.get(label);
			if (definition == null) {
				problems.add(ContentProblem.warning(this.path, line,
						"citation [" + reference.group(2) + "] has no link definition; it is kept as plain text"));
				continue;
			}
			Optional<String> url = webAddress(definition.url());
			if (url.isEmpty()) {
				problems.add(ContentProblem.warning(this.path, definition.line(),
						"link [" + label + "] is not an http or https address and is left out"));
				continue;
			}
			String name = InlineMarkdown.stripInline(reference.group(1)).strip();
			if (definition.title() != null && !definition.title().isBlank()) {
				name = name + ": " + definition.title().strip();
			}
			found.add(new Link(name, url.get()));
		}
		Matcher inline = INLINE_LINK.matcher(markdown);
		while (inline.find()) {
			webAddress(inline.group(2))
				.ifPresent((url) -> found.add(new Link(InlineMarkdown.stripInline(inline.group(1)).strip(), url)));
		}
		return found;
	}

	/** The part's Markdown with citations turned into ordinary links. */
	String resolve(Part part) {
		return (part != null) ? resolve(part.markdown()) : "";
	}

	/** The Markdown with citations turned into ordinary links. */
	String resolve(String markdown) {
		return REFERENCE_LINK.matcher(markdown).replaceAll((m) -> {
			LinkDefinition definition = this.definitions.get(label(m));
			Optional<String> url = Optional.ofNullable(definition).flatMap((d) -> webAddress(d.url()));
			return Matcher.quoteReplacement(url.map((u) -> "[" + m.group(1) + "](" + u + ")").orElse(m.group(1)));
		});
	}

	private static String label(MatchResult reference) {
		return (reference.group(2).isBlank() ? reference.group(1) : reference.group(2)).strip()
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * The text without its links: citations in parentheses, such as
	 * {@code ([Glassdoor][1])}, are dropped, other links keep only their text, and white
	 * space is folded.
	 */
	static String withoutLinks(String markdown) {
		String text = markdown.replaceAll("\\(\\s*" + REFERENCE_LINK.pattern() + "\\s*\\)", " ")
			.replaceAll("\\(\\s*" + INLINE_LINK.pattern() + "\\s*\\)", " ");
		text = REFERENCE_LINK.matcher(text).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
		text = INLINE_LINK.matcher(text).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
		return text.replaceAll("\\s+", " ").strip();
	}

	/** A usable web address, without the tracking parameters chat tools add. */
	static Optional<String> webAddress(String url) {
		try {
			URI uri = new URI(url);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String cleaned = url.replaceAll("([?&])utm_[a-z]+=[^&#]*&?", "$1").replaceAll("[?&]+(#|$)", "$1");
		return (cleaned.length() <= 1000) ? Optional.of(cleaned) : Optional.empty();
	}

	/** A Markdown list of the source and the links cited, one bullet per address. */
	static String sourceList(Link source, List<Link> cited) {
		List<Link> all = new ArrayList<>();
		all.add(source);
		all.addAll(cited);
		Set<String> seen = new LinkedHashSet<>();
		StringBuilder sources = new StringBuilder();
		for (Link link : all) {
			if (seen.add(link.url())) {
				sources.append("- [").append(escapeLinkText(link.name())).append("](").append(link.url()).append(")\n");
			}
		}
		return sources.toString().strip();
	}

	private static String escapeLinkText(String text) {
		return text.replace("[", "\\[").replace("]", "\\]");
	}

}
