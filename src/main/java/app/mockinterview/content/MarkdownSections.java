package app.mockinterview.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The level-2 sections of a content file's Markdown body, each with the nodes up to the
 * next level-2 heading.
 */
final class MarkdownSections {

	record Section(String name, int line, List<Node> nodes) {

		boolean isBlank() {
			return this.nodes.stream()
				.filter((node) -> !(node instanceof Reference))
				.allMatch((node) -> node.getChars().isBlank());
		}

	}

	private final Document document;

	private final Map<String, Section> sections;

	private MarkdownSections(Document document, Map<String, Section> sections) {
		this.document = document;
		this.sections = sections;
	}

	/**
	 * Reads the sections of a body whose first {@code skippedLines} lines belong to the
	 * front matter.
	 * @param expected the section names in their expected order
	 */
	static MarkdownSections read(String path, String text, int skippedLines, List<String> expected,
			MarkdownRenderer markdown, List<ContentProblem> problems) {
		return read(path, text, skippedLines, expected, java.util.Set.of(), java.util.Set.of(), markdown, problems);
	}

	/**
	 * @param mayBeEmpty sections that must be present but may be left empty (a warning,
	 * not an error)
	 * @param optional sections that may be left out; one that is there must not be empty
	 */
	static MarkdownSections read(String path, String text, int skippedLines, List<String> expected,
			java.util.Set<String> mayBeEmpty, java.util.Set<String> optional, MarkdownRenderer markdown,
			List<ContentProblem> problems) {
		String[] lines = text.split("\n", -1);
		StringBuilder body = new StringBuilder("\n".repeat(Math.min(skippedLines, lines.length)));
		for (int i = skippedLines; i < lines.length; i++) {
			body.append(lines[i]);
			if (i < lines.length - 1) {
				body.append('\n');
			}
		}
		Document document = markdown.parse(body.toString());
		Map<String, Section> sections = new LinkedHashMap<>();
		Section current = null;
		boolean warnedAboutPreamble = false;
		for (Node node : document.getChildren()) {
			if (node instanceof Heading heading && heading.getLevel() <= 2) {
				int line = lineOf(document, node);
				if (heading.getLevel() == 1) {
					problems.add(ContentProblem.warning(path, line, "level-1 heading '" + heading.getText()
							+ "' is ignored; sections are level-2 headings ('## ')"));
					continue;
				}
				String name = heading.getText().toString().strip().replaceAll(":$", "").strip();
				Optional<String> known = expected.stream().filter((e) -> e.equalsIgnoreCase(name)).findFirst();
				if (known.isEmpty()) {
					problems.add(ContentProblem.error(path, line,
							"unknown section '## " + name + "'; expected one of: " + String.join(", ", expected)));
					current = null;
					continue;
				}
				if (sections.containsKey(known.get())) {
					problems.add(ContentProblem.error(path, line, "section '## " + known.get()
							+ "' appears twice (first on line " + sections.get(known.get()).line() + ")"));
					current = null;
					continue;
				}
				current = new Section(known.get(), line, new ArrayList<>());
				sections.put(known.get(), current);
			}
			else if (current != null) {
				current.nodes().add(node);
			}
			else if (!(node instanceof Reference) && !node.getChars().isBlank() && !warnedAboutPreamble
					&& sections.isEmpty()) {
				problems.add(ContentProblem.warning(path, lineOf(document, node),
						"text before the first '## ' section is ignored"));
				warnedAboutPreamble = true;
			}
		}
		int lastLine = Math.max(1, lines.length);
		for (String name : expected) {
			Section section = sections.get(name);
			if (section == null && optional.contains(name)) {
				continue;
			}
			if (section == null) {
				problems.add(ContentProblem.error(path, lastLine, "missing required section '## " + name + "'"));
			}
			else if (section.isBlank() && mayBeEmpty.contains(name)) {
				problems.add(ContentProblem.warning(path, section.line(),
						"section '## " + name + "' is empty: this stage offers no guidance"));
			}
			else if (section.isBlank()) {
				problems.add(ContentProblem.error(path, section.line(), "section '## " + name + "' is empty"));
			}
		}
		List<String> found = new ArrayList<>(sections.keySet());
		List<String> expectedOrder = expected.stream().filter(found::contains).toList();
		if (!found.equals(expectedOrder)) {
			problems.add(ContentProblem.warning(path, sections.get(found.get(0)).line(),
					"sections are out of order; expected: " + String.join(", ", expected)));
		}
		return new MarkdownSections(document, sections);
	}

	static int lineOf(Document document, Node node) {
		return document.getLineNumber(node.getStartOffset()) + 1;
	}

	int lineOf(Node node) {
		return lineOf(this.document, node);
	}

	Optional<Section> get(String name) {
		return Optional.ofNullable(this.sections.get(name)).filter((section) -> !section.isBlank());
	}

	/** Whether the file has the section, empty or not. */
	boolean has(String name) {
		return this.sections.containsKey(name);
	}

	String names() {
		return this.sections.keySet().stream().map((n) -> n.toLowerCase(Locale.ROOT)).toList().toString();
	}

}
