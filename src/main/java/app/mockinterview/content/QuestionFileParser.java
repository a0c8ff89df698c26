package app.mockinterview.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;
import app.mockinterview.question.Hint;
import app.mockinterview.question.InterviewerGuide;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.QuestionKind;
import app.mockinterview.question.RedFlag;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.WrongAnswer;
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

	static final String RED_FLAGS = "Red flags";

	static final String WRONG_ANSWERS = "Common wrong answers";

	static final String SENIOR_SIGNALS = "What a senior answer adds";

	static final String VERSION_NOTES = "Version notes";

	static final String SOURCES = "Sources";

	static final List<String> SECTIONS = List.of(PROMPT, EVALUATES, CLARIFY, APPROACH, MODEL_ANSWER, FOLLOW_UPS,
			RED_FLAGS, WRONG_ANSWERS, SENIOR_SIGNALS, VERSION_NOTES, SOURCES);

	/**
	 * The parts that judge an answer. A file imported from a prep document may lack them
	 * (a warning, so the question still imports); a written file may not.
	 */
	static final Set<String> JUDGING_SECTIONS = Set.of(RED_FLAGS, WRONG_ANSWERS, SENIOR_SIGNALS);

	private static final Set<String> KEYS = Set.of("id", "title", "difficulty", "area", "kind", "topics", "companies",
			"reported", "source", "minutes", "order", "sql", CanonicalMarkdown.IMPORTED_FROM);

	private static final Pattern RED_FLAG = Pattern.compile("(?i)at most (.+?) on (.+)");

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
		return parse(path, text, RubricTerms.DEFAULT);
	}

	/**
	 * @param terms the scale labels and common criteria of the rubric the file is read
	 * with
	 */
	Result parse(String path, String text, RubricTerms terms) {
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
		Optional<Area> area = readSlug(front, "area", Area::fromSlug, Arrays.stream(Area.values()).map(Area::slug),
				problems);
		Optional<QuestionKind> kind = readSlug(front, "kind", QuestionKind::fromSlug,
				Arrays.stream(QuestionKind.values()).map(QuestionKind::slug), problems);
		List<String> companies = front.textList("companies", 20, 80);
		String reported = front.optionalText("reported", 2000).orElse("");
		Source source = front.has("source") ? readSource(front, problems) : new Source("", "");
		if (!reported.isEmpty() && !front.has("source")) {
			problems.add(ContentProblem.error(path, front.lineOfKey("reported"),
					"'reported' needs a 'source' (with 'name' and 'url') that links the public report"));
		}
		if (!companies.isEmpty() && reported.isEmpty()) {
			problems.add(ContentProblem.error(path, front.lineOfKey("companies"),
					"'companies' needs the 'reported' wording and the 'source' that names them; "
							+ "a question written for practice names no company"));
		}
		boolean imported = front.has(CanonicalMarkdown.IMPORTED_FROM);
		StageMinutes minutes = readMinutes(front, problems);
		int order = Optional.ofNullable(front.node("order"))
			.map((node) -> (node instanceof ScalarNode scalar) ? front.number("order", scalar, 0, 1_000_000, 0)
					: DEFAULT_ORDER)
			.orElse(DEFAULT_ORDER);

		front.optionalText(CanonicalMarkdown.IMPORTED_FROM, 300);
		MarkdownSections sections = MarkdownSections.read(path, text, front.bodyStartLine(), SECTIONS, Set.of(CLARIFY),
				imported ? optionalWhenImported() : Set.of(VERSION_NOTES), this.markdown, problems);
		List<RubricCriterion> criteria = readCriteria(path, sections, terms, imported, problems);
		if (imported) {
			warnAboutWhatAnImportLacks(path, sections, criteria, problems);
		}
		InterviewerGuide guide = new InterviewerGuide(readRedFlags(path, sections, criteria, terms, problems),
				readWrongAnswers(path, sections, problems), readSeniorSignals(sections), html(sections, VERSION_NOTES));
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
		String searchText = (title.get() + " " + MarkdownRenderer.plainText(promptHtml) + " " + reported)
			.toLowerCase(Locale.ROOT);
		QuestionContent question = new QuestionContent(id.get(), title.get(), difficulty.get(), area.get(), kind.get(),
				topics, companies, reported, source.name(), source.url(), minutes, order, promptHtml, searchText,
				criteria, html(sections, CLARIFY), html(sections, APPROACH), html(sections, MODEL_ANSWER),
				html(sections, FOLLOW_UPS), html(sections, SOURCES), hints, guide);
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

	/**
	 * One warning for everything a file imported from a prep document lacks of the
	 * judging parts, so that a large import stays readable.
	 */
	private static void warnAboutWhatAnImportLacks(String path, MarkdownSections sections,
			List<RubricCriterion> criteria, List<ContentProblem> problems) {
		List<String> missing = new ArrayList<>();
		List<String> withoutLevels = criteria.stream()
			.filter((criterion) -> !criterion.hasLevels())
			.map(RubricCriterion::name)
			.toList();
		if (!withoutLevels.isEmpty()) {
			missing.add("level descriptions for " + String.join(", ", withoutLevels));
		}
		SECTIONS.stream()
			.filter(JUDGING_SECTIONS::contains)
			.filter((name) -> !sections.has(name))
			.forEach((name) -> missing.add("a '## " + name + "' section"));
		if (!missing.isEmpty()) {
			problems.add(ContentProblem.warning(path, 1, "imported without " + String.join("; ", missing)
					+ ": interviewers and the practice review get none of it until it is added"));
		}
	}

	private static Set<String> optionalWhenImported() {
		Set<String> optional = new HashSet<>(JUDGING_SECTIONS);
		optional.add(VERSION_NOTES);
		return optional;
	}

	private static <T> Optional<T> readSlug(FrontMatter front, String key, Function<String, Optional<T>> parse,
			Stream<String> allowed, List<ContentProblem> problems) {
		return front.requiredText(key, 40).flatMap((value) -> {
			Optional<T> parsed = parse.apply(value);
			if (parsed.isEmpty()) {
				problems.add(ContentProblem.error(front.path(), front.lineOfKey(key),
						"unknown " + key + " '" + value + "'; use one of: " + String.join(", ", allowed.toList())));
			}
			return parsed;
		});
	}

	private List<RubricCriterion> readCriteria(String path, MarkdownSections sections, RubricTerms terms,
			boolean imported, List<ContentProblem> problems) {
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
			if (terms.commonCriteria().containsKey(key)) {
				problems.add(ContentProblem.error(path, item.line(), "criterion '" + item.name()
						+ "' is one of the common criteria from rubric.md, which every question has already"));
			}
			criteria.add(new RubricCriterion(key, item.name(), item.meaningHtml(),
					CriterionLevels.read(path, item, terms, imported, problems)));
		}
		return criteria;
	}

	private List<RedFlag> readRedFlags(String path, MarkdownSections sections, List<RubricCriterion> criteria,
			RubricTerms terms, List<ContentProblem> problems) {
		Optional<MarkdownSections.Section> section = sections.get(RED_FLAGS);
		if (section.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = new HashMap<>(terms.commonCriteria());
		criteria.forEach((criterion) -> names.put(criterion.key(), criterion.name()));
		List<RedFlag> flags = new ArrayList<>();
		for (LabelledItems.Item item : LabelledItems.read(path, section.get(), sections, this.markdown, problems)) {
			Matcher matcher = RED_FLAG.matcher(item.name());
			Optional<Integer> score = matcher.matches() ? terms.scoreOf(matcher.group(1)) : Optional.empty();
			if (score.isEmpty() || score.get() >= terms.labels().size()) {
				problems.add(ContentProblem.error(path, item.line(),
						"a red flag starts with '**At most <level> on <criterion>**', where the level is one of "
								+ String.join(", ", terms.labels().subList(0, terms.labels().size() - 1)) + "; found '"
								+ item.name() + "'"));
				continue;
			}
			String key = CriterionKeys.of(matcher.group(2));
			if (!names.containsKey(key) && !terms.commonCriteria().isEmpty()) {
				problems.add(ContentProblem.error(path, item.line(),
						"red flag caps '" + matcher.group(2).strip() + "', which is not a criterion of this question "
								+ "or of rubric.md; criteria: "
								+ String.join(", ", names.values().stream().sorted().toList())));
				continue;
			}
			flags.add(new RedFlag(key, names.getOrDefault(key, matcher.group(2).strip()), score.get(),
					terms.labels().get(score.get() - 1), item.meaningHtml()));
		}
		return flags;
	}

	private List<WrongAnswer> readWrongAnswers(String path, MarkdownSections sections, List<ContentProblem> problems) {
		return sections.get(WRONG_ANSWERS)
			.map((section) -> LabelledItems.read(path, section, sections, this.markdown, problems)
				.stream()
				.map((item) -> new WrongAnswer(HtmlUtils.htmlEscape(item.name()), item.meaningHtml()))
				.toList())
			.orElse(List.of());
	}

	private List<String> readSeniorSignals(MarkdownSections sections) {
		return sections.get(SENIOR_SIGNALS)
			.map((section) -> listHints(Stage.REVIEW, section).stream().map(Hint::html).toList())
			.orElse(List.of());
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
