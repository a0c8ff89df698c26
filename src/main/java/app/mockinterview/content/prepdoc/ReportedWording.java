package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.LinkResolver.Link;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;

/**
 * The reported wording of a question: the plain text, its Markdown, the attribution
 * beside it and the links it cites. It is usually a block quote: the question in quotes,
 * an attribution in parentheses and a citation such as {@code ([Glassdoor][1])}.
 */
record ReportedWording(String text, String markdown, String attribution, List<Link> links) {

	private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,2000})[”\"]");

	static ReportedWording read(String path, Part part, LinkResolver resolver, List<ContentProblem> problems) {
		if (part == null || part.isBlank()) {
			return new ReportedWording("", "", "", List.of());
		}
		List<String> quoted = new ArrayList<>();
		List<String> plain = new ArrayList<>();
		for (PrepDocumentParser.Line line : part.lines()) {
			String text = line.text().strip();
			if (text.startsWith(">")) {
				quoted.add(text.replaceFirst("^(>\\s?)+", ""));
			}
			else if (!text.isEmpty()) {
				plain.add(text);
			}
		}
		String joined = String.join(" ", quoted.isEmpty() ? plain : quoted).replaceAll("\\s+", " ").strip();
		List<Link> links = resolver.links(joined, part.line(), problems);
		String withoutLinks = LinkResolver.withoutLinks(joined);
		String wording;
		String attribution;
		Matcher matcher = QUOTED.matcher(withoutLinks);
		if (matcher.find()) {
			wording = matcher.group(1).strip();
			attribution = withoutLinks.substring(0, matcher.start()) + " " + withoutLinks.substring(matcher.end());
		}
		else {
			Optional<CompanyGuesser.Aside> aside = CompanyGuesser
				.trailingAside(withoutLinks.replaceAll("[.\\s]+$", ""));
			wording = aside.map((a) -> a.before().strip()).orElse(withoutLinks);
			attribution = aside.map(CompanyGuesser.Aside::inside).orElse("");
		}
		String text = InlineMarkdown.stripInline(wording).strip();
		if (text.length() > 2000) {
			text = text.substring(0, 2000);
			problems.add(ContentProblem.warning(path, part.line(), "the reported wording is cut to 2000 characters"));
		}
		if (text.isEmpty()) {
			problems.add(ContentProblem.error(path, part.line(), "the reported wording is empty"));
		}
		return new ReportedWording(text, wording, attribution, links);
	}

}
