package app.mockinterview.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.mockinterview.question.Difficulty;
import app.mockinterview.question.Hint;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;
import app.mockinterview.question.StageMinutes;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.yaml.snakeyaml.nodes.ScalarNode;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads one question file (front matter and the seven sections described in
 * {@code content/README.md}) into a {@link QuestionContent} with every Markdown part
 * rendered, or into the problems that prevent it.
 */
final class QuestionFileParser {

	static final String PROMPT = "Prompt";

	static final String EVALUATES = "What the interviewer evaluates";

	static final String CLARIFY = "Clarify";

	static final String APPROACH = "Approach";

	static final String MODEL_ANSWER = "Model answer";

	static final String FOLLOW_UPS = "Follow-ups";

	static final String SOURCES = "Sources";

	static final List<String> SECTIONS = List.of(PROMPT, EVALUATES, CLARIFY, APPROACH, MODEL_ANSWER, FOLLOW_UPS,
			SOURCES);

	private static final Set<String> KEYS = Set.of("id", "title", "difficulty", "topics", "companies", "reported",
			"source", "minutes", "order", CanonicalMarkdown.IMPORTED_FROM,
			// SQL exercises: read by app.mockinterview.sql.SqlExerciseReader
			"sql");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_ID_LENGTH = 80;

	private static final int DEFAULT_ORDER = 1000;

	private final MarkdownRenderer markdown;

	QuestionFileParser(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/**
	 * The outcome of reading one file: the question when there is no error, and every
	 * problem found.
	 */
	record Result(Optional<QuestionContent> question, List<ContentProblem> problems) {

		boolean isValid() {
			return this.question.isPresent();
		}

	}

	Result parse(String path, String text) {
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatter front = FrontMatter.read(path, text, true, problems);
		for (String key : front.keys()) {
			if (!KEYS.contains(key)) {
				problems.add(ContentProblem.warning(path, front.lineOfKey(key), "unknown front-matter key '" + key
						+ "' is ignored; known keys: " + String.join(", ", KEYS.stream().sorted().toList())));
			}
		}
		Optional<String> id = front.requiredText("id", MAX_ID_LENGTH + 1).filter((value) -> {
			boolean ok = value.length() <= MAX_ID_LENGTH && ID.matcher(value).matches();
			if (!ok) {
				problems.add(ContentProblem.error(path, front.lineOfKey("id"),
						"id '" + value + "' must be lower-case letters, digits and single hyphens, at most "
								+ MAX_ID_LENGTH + " long"));
			}
			return ok;
		});
		Optional<String> title = front.requiredText("title", 200);
		Optional<Difficulty> difficulty = front.requiredText("difficulty", 40).flatMap((value) -> {
			Optional<Difficulty> parsed = Difficulty.fromSlug(value);
			if (parsed.isEmpty()) {
				problems.add(ContentProblem.error(path, front.lineOfKey("difficulty"),
						"unknown difficulty '" + value + "'; use easy, medium or hard"));
			}
			return parsed;
		});
		List<String> topics = front.textList("topics", 20, 60);
		if (topics.isEmpty() && front.has("topics")) {
			problems.add(ContentProblem.error(path, front.lineOfKey("topics"), "'topics' needs at least one topic"));
		}
		else if (!front.has("topics")) {
			problems.add(ContentProblem.error(path, 1, "missing required front-matter key 'topics'"));
		}
		List<String> companies = front.textList("companies", 20, 80);
		Optional<String> reported = front.requiredText("reported", 2000);
		Source source = readSource(front, problems);
		StageMinutes minutes = readMinutes(front, problems);
		int order = Optional.ofNullable(front.node("order"))
			.map((node) -> (node instanceof ScalarNode scalar) ? front.number("order", scalar, 0, 1_000_000, 0)
					: DEFAULT_ORDER)
			.orElse(DEFAULT_ORDER);

		front.optionalText(CanonicalMarkdown.IMPORTED_FROM, 300);
		MarkdownSections sections = MarkdownSections.read(path, text, front.bodyStartLine(), SECTIONS, Set.of(CLARIFY),
				this.markdown, problems);
		List<RubricCriterion> criteria = readCriteria(path, sections, problems);
		List<Hint> hints = new ArrayList<>();
		sections.get(CLARIFY).ifPresent((s) -> hints.addAll(listHints(Stage.CLARIFY, s)));
		sections.get(APPROACH).ifPresent((s) -> hints.addAll(listHints(Stage.APPROACH, s)));
		sections.get(MODEL_ANSWER).ifPresent((s) -> {
			List<Hint> answerHints = answerHints(s);
			if (answerHints.isEmpty()) {
				problems.add(ContentProblem.warning(path, s.line(),
						"'## Model answer' has no '### ' parts, so the Answer stage offers no hints"));
			}
			hints.addAll(answerHints);
		});

		if (problems.stream().anyMatch(ContentProblem::isError)) {
			return new Result(Optional.empty(), problems);
		}
		String promptHtml = html(sections, PROMPT);
		String searchText = (title.get() + " " + MarkdownRenderer.plainText(promptHtml) + " " + reported.get())
			.toLowerCase(Locale.ROOT);
		QuestionContent question = new QuestionContent(id.get(), title.get(), difficulty.get(), topics, companies,
				reported.get(), source.name(), source.url(), minutes, order, promptHtml, searchText, criteria,
				html(sections, CLARIFY), html(sections, APPROACH), html(sections, MODEL_ANSWER),
				html(sections, FOLLOW_UPS), html(sections, SOURCES), hints);
		return new Result(Optional.of(question), problems);
	}

	private record Source(String name, String url) {

	}

	private Source readSource(FrontMatter front, List<ContentProblem> problems) {
		if (!front.has("source")) {
			problems.add(ContentProblem.error(front.path(), 1,
					"missing required front-matter key 'source' (with 'name' and 'url')"));
			return new Source("", "");
		}
		Map<String, ScalarNode> entries = front.section("source").orElse(Map.of());
		String name = Optional.ofNullable(entries.get("name")).map((n) -> n.getValue().strip()).orElse("");
		String url = Optional.ofNullable(entries.get("url")).map((n) -> n.getValue().strip()).orElse("");
		int line = front.lineOfKey("source");
		if (name.isEmpty()) {
			problems.add(ContentProblem.error(front.path(), line, "'source' needs a 'name'"));
		}
		if (url.isEmpty()) {
			problems.add(ContentProblem.error(front.path(), line, "'source' needs a 'url'"));
		}
		else if (!isWebAddress(url)) {
			problems.add(ContentProblem.error(front.path(), front.line(entries.get("url")),
					"source url '" + url + "' must be an http or https address"));
		}
		return new Source(name, url);
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& url.length() <= 1000;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private StageMinutes readMinutes(FrontMatter front, List<ContentProblem> problems) {
		Map<String, ScalarNode> entries = front.section("minutes").orElse(Map.of());
		for (String key : entries.keySet()) {
			if (!Set.of("clarify", "approach", "answer").contains(key)) {
				problems.add(ContentProblem.warning(front.path(), front.line(entries.get(key)),
						"unknown stage '" + key + "' in 'minutes' is ignored; use clarify, approach and answer"));
			}
		}
		StageMinutes defaults = StageMinutes.DEFAULT;
		return new StageMinutes(minutes(front, entries, "clarify", defaults.clarify()),
				minutes(front, entries, "approach", defaults.approach()),
				minutes(front, entries, "answer", defaults.answer()));
	}

	private static int minutes(FrontMatter front, Map<String, ScalarNode> entries, String stage, int fallback) {
		ScalarNode node = entries.get(stage);
		return (node != null) ? front.number("minutes." + stage, node, 1, 120, fallback) : fallback;
	}

	private List<RubricCriterion> readCriteria(String path, MarkdownSections sections, List<ContentProblem> problems) {
		Optional<MarkdownSections.Section> section = sections.get(EVALUATES);
		if (section.isEmpty()) {
			return List.of();
		}
		List<RubricCriterion> criteria = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (LabelledItems.Item item : LabelledItems.read(path, section.get(), sections, this.markdown, problems)) {
			String key = CriterionKeys.of(item.name());
			if (!keys.add(key)) {
				problems
					.add(ContentProblem.error(path, item.line(), "criterion '" + item.name() + "' is listed twice"));
				continue;
			}
			criteria.add(new RubricCriterion(key, item.name(), item.meaningHtml()));
		}
		return criteria;
	}

	/**
	 * One hint per top-level list item; a section without a list gives one hint per
	 * paragraph.
	 */
	private List<Hint> listHints(Stage stage, MarkdownSections.Section section) {
		List<Hint> hints = new ArrayList<>();
		for (Node node : section.nodes()) {
			if (node instanceof ListBlock list) {
				for (Node item : list.getChildren()) {
					if (item instanceof ListItem) {
						hints.add(new Hint(stage, this.markdown.render(children(item))));
					}
				}
			}
		}
		if (hints.isEmpty()) {
			for (Node node : section.nodes()) {
				if (node instanceof Paragraph) {
					hints.add(new Hint(stage, this.markdown.render(List.of(node))));
				}
			}
		}
		return hints;
	}

	/**
	 * The titles of the model answer's parts, or the first line of each top-level item
	 * when it has none.
	 */
	private List<Hint> answerHints(MarkdownSections.Section section) {
		List<Hint> hints = new ArrayList<>();
		for (Node node : section.nodes()) {
			if (node instanceof Heading heading && heading.getLevel() == 3) {
				hints.add(new Hint(Stage.ANSWER, HtmlUtils.htmlEscape(heading.getText().toString().strip())));
			}
		}
		if (hints.isEmpty()) {
			for (Node node : section.nodes()) {
				if (node instanceof ListBlock list) {
					for (Node item : list.getChildren()) {
						String text = new TextCollectingVisitor().collectAndGetText(item).strip();
						String firstLine = text.lines().findFirst().orElse("");
						if (!firstLine.isEmpty()) {
							hints.add(new Hint(Stage.ANSWER, HtmlUtils.htmlEscape(firstLine)));
						}
					}
				}
			}
		}
		return hints;
	}

	private static List<Node> children(Node parent) {
		List<Node> children = new ArrayList<>();
		parent.getChildren().forEach(children::add);
		return children;
	}

	private String html(MarkdownSections sections, String name) {
		return sections.get(name).map((section) -> this.markdown.render(section.nodes())).orElse("");
	}

}
