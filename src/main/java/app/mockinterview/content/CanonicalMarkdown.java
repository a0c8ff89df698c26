package app.mockinterview.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.mockinterview.question.Difficulty;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.StageMinutes;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Writes a question file in the canonical layout (front matter in a fixed key order, the
 * seven sections in order, one blank line between blocks) and reads a valid question file
 * back into a {@link CanonicalQuestion}. Writing what was read yields a file that imports
 * as the same question: the round trip behind the admin export.
 */
public final class CanonicalMarkdown {

	/** Front-matter key recording the prep document a question was imported from. */
	public static final String IMPORTED_FROM = "imported-from";

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _./()&+'-]*");

	private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");

	private final QuestionFileParser parser = new QuestionFileParser(new MarkdownRenderer());

	public String write(CanonicalQuestion question) {
		StringBuilder out = new StringBuilder("---\n");
		out.append("id: ").append(question.id()).append('\n');
		out.append("title: ").append(scalar(question.title())).append('\n');
		out.append("difficulty: ").append(question.difficulty().slug()).append('\n');
		out.append("area: ").append(question.area().slug()).append('\n');
		out.append("kind: ").append(question.kind().slug()).append('\n');
		out.append("topics: ").append(list(question.topics())).append('\n');
		if (!question.companies().isEmpty()) {
			out.append("companies: ").append(list(question.companies())).append('\n');
		}
		if (!question.reported().isEmpty()) {
			out.append("reported: ").append(quoted(question.reported())).append('\n');
		}
		if (!question.sourceUrl().isEmpty()) {
			out.append("source:\n");
			out.append("  name: ").append(scalar(question.sourceName())).append('\n');
			out.append("  url: ").append(quoted(question.sourceUrl())).append('\n');
		}
		StageMinutes minutes = question.minutes();
		out.append("minutes:\n");
		out.append("  clarify: ").append(minutes.clarify()).append('\n');
		out.append("  approach: ").append(minutes.approach()).append('\n');
		out.append("  answer: ").append(minutes.answer()).append('\n');
		if (question.order() != null) {
			out.append("order: ").append(question.order()).append('\n');
		}
		if (question.sql() != null) {
			out.append("sql:\n  ordered: ").append(question.sql().ordered()).append('\n');
			if (question.sql().tolerance() != null) {
				out.append("  tolerance: ").append(question.sql().tolerance()).append('\n');
			}
		}
		if (question.importedFrom() != null && !question.importedFrom().isBlank()) {
			out.append(IMPORTED_FROM).append(": ").append(scalar(question.importedFrom())).append('\n');
		}
		out.append("---\n");
		section(out, QuestionFileParser.PROMPT, question.prompt());
		section(out, QuestionFileParser.EVALUATES, question.evaluates());
		section(out, QuestionFileParser.CLARIFY, question.clarify());
		section(out, QuestionFileParser.APPROACH, question.approach());
		section(out, QuestionFileParser.MODEL_ANSWER, question.modelAnswer());
		section(out, QuestionFileParser.FOLLOW_UPS, question.followUps());
		CanonicalQuestion.Judging judging = question.judging();
		optionalSection(out, QuestionFileParser.RED_FLAGS, judging.redFlags());
		optionalSection(out, QuestionFileParser.WRONG_ANSWERS, judging.wrongAnswers());
		optionalSection(out, QuestionFileParser.SENIOR_SIGNALS, judging.seniorSignals());
		optionalSection(out, QuestionFileParser.VERSION_NOTES, judging.versionNotes());
		section(out, QuestionFileParser.SOURCES, question.sources());
		return out.toString();
	}

	private static void optionalSection(StringBuilder out, String name, String markdown) {
		if (!trimBlankLines(markdown).isEmpty()) {
			section(out, name, markdown);
		}
	}

	private static void section(StringBuilder out, String name, String markdown) {
		out.append("\n## ").append(name).append('\n');
		String body = trimBlankLines(markdown);
		if (!body.isEmpty()) {
			out.append('\n').append(body).append('\n');
		}
	}

	/**
	 * Reads a question file that the importer accepts.
	 * @return the question, or empty with the problems added when the file has an error
	 */
	public Optional<CanonicalQuestion> read(String path, String text, List<ContentProblem> problems) {
		String normalized = ContentText.normalizeLineEndings(text);
		QuestionFileParser.Result result = this.parser.parse(path, normalized);
		problems.addAll(result.problems());
		if (!result.isValid()) {
			return Optional.empty();
		}
		FrontMatter front = FrontMatter.read(path, normalized, true, new ArrayList<>());
		Map<String, ScalarNode> source = front.section("source").orElse(Map.of());
		Map<String, ScalarNode> minuteEntries = front.section("minutes").orElse(Map.of());
		StageMinutes defaults = StageMinutes.DEFAULT;
		StageMinutes minutes = new StageMinutes(number(minuteEntries, "clarify", defaults.clarify()),
				number(minuteEntries, "approach", defaults.approach()),
				number(minuteEntries, "answer", defaults.answer()));
		Integer order = Optional.ofNullable(front.node("order"))
			.filter(ScalarNode.class::isInstance)
			.map((node) -> Integer.valueOf(((ScalarNode) node).getValue().strip()))
			.orElse(null);
		Map<String, String> sections = sections(normalized, front.bodyStartLine());
		CanonicalQuestion.Judging judging = new CanonicalQuestion.Judging(sections.get(QuestionFileParser.RED_FLAGS),
				sections.get(QuestionFileParser.WRONG_ANSWERS), sections.get(QuestionFileParser.SENIOR_SIGNALS),
				sections.get(QuestionFileParser.VERSION_NOTES));
		QuestionContent parsed = result.question().orElseThrow();
		return Optional.of(new CanonicalQuestion(parsed.id(), front.optionalText("title", 200).orElseThrow(),
				parsed.difficulty(), parsed.area(), parsed.kind(), front.textList("topics", 20, 60),
				front.textList("companies", 20, 80), front.optionalText("reported", 2000).orElse(""),
				Optional.ofNullable(source.get("name")).map((n) -> n.getValue().strip()).orElse(""),
				Optional.ofNullable(source.get("url")).map((n) -> n.getValue().strip()).orElse(""), minutes, order,
				front.optionalText(IMPORTED_FROM, 300).orElse(null), sections.get(QuestionFileParser.PROMPT),
				sections.get(QuestionFileParser.EVALUATES), sections.getOrDefault(QuestionFileParser.CLARIFY, ""),
				sections.get(QuestionFileParser.APPROACH), sections.get(QuestionFileParser.MODEL_ANSWER),
				sections.get(QuestionFileParser.FOLLOW_UPS), judging, sections.get(QuestionFileParser.SOURCES),
				front.section("sql")
					.map((sql) -> new CanonicalQuestion.Sql(
							Optional.ofNullable(sql.get("ordered"))
								.map((n) -> Boolean.parseBoolean(n.getValue().strip()))
								.orElse(false),
							Optional.ofNullable(sql.get("tolerance")).map((n) -> n.getValue().strip()).orElse(null)))
					.orElse(null)));
	}

	private static int number(Map<String, ScalarNode> entries, String key, int fallback) {
		ScalarNode node = entries.get(key);
		return (node != null) ? Integer.parseInt(node.getValue().strip()) : fallback;
	}

	/**
	 * The Markdown under each level-2 heading, split line by line so that headings inside
	 * fenced code blocks do not count.
	 */
	private static Map<String, String> sections(String text, int skippedLines) {
		String[] lines = text.split("\n", -1);
		Map<String, String> sections = new LinkedHashMap<>();
		String current = null;
		StringBuilder body = new StringBuilder();
		String fence = null;
		for (int i = skippedLines; i < lines.length; i++) {
			String line = lines[i];
			java.util.regex.Matcher fenceMatch = FENCE.matcher(line);
			if (fence == null && fenceMatch.matches()) {
				fence = fenceMatch.group(1);
			}
			else if (fence != null && isClosingFence(line, fence)) {
				fence = null;
			}
			else if (fence == null && line.startsWith("## ")) {
				if (current != null) {
					sections.putIfAbsent(current, trimBlankLines(body.toString()));
				}
				current = canonicalName(line.substring(3));
				body.setLength(0);
				continue;
			}
			if (current != null) {
				body.append(line).append('\n');
			}
		}
		if (current != null) {
			sections.putIfAbsent(current, trimBlankLines(body.toString()));
		}
		return sections;
	}

	private static String canonicalName(String heading) {
		String name = heading.strip().replaceAll("#+$", "").strip().replaceAll(":$", "").strip();
		return QuestionFileParser.SECTIONS.stream()
			.filter((known) -> known.equalsIgnoreCase(name))
			.findFirst()
			.orElse(name.toLowerCase(Locale.ROOT));
	}

	static String trimBlankLines(String markdown) {
		if (markdown == null) {
			return "";
		}
		List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
		while (!lines.isEmpty() && lines.get(0).isBlank()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		return String.join("\n", lines);
	}

	static boolean isClosingFence(String line, String fence) {
		String stripped = line.strip();
		return stripped.length() >= fence.length() && stripped.chars().allMatch((c) -> c == fence.charAt(0));
	}

	private static String list(List<String> items) {
		return items.stream().map(CanonicalMarkdown::scalar).toList().toString();
	}

	private static String scalar(String value) {
		if (PLAIN.matcher(value).matches() && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))
				&& !value.matches("[0-9.+-]+") && !value.endsWith(" ")) {
			return value;
		}
		return quoted(value);
	}

	/** A double-quoted YAML scalar: every character survives. */
	static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\t' -> out.append("\\t");
				case '\r' -> out.append("\\r");
				default -> {
					if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
							|| c == '\uFEFF') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** The id and origin a question file declares, read without validating the rest. */
	public record FileHeader(String id, String importedFrom) {

	}

	/**
	 * The id and {@code imported-from} of a question file, or empty when its bytes are
	 * not UTF-8 or its front matter has no id.
	 */
	public static Optional<FileHeader> header(byte[] bytes) {
		return ContentText.decode(bytes).flatMap((text) -> {
			FrontMatter front = FrontMatter.read("", text, true, new ArrayList<>());
			return front.optionalText("id", 200)
				.map((id) -> new FileHeader(id, front.optionalText(IMPORTED_FROM, 300).orElse(null)));
		});
	}

}
