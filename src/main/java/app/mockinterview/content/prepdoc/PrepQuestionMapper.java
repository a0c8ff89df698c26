package app.mockinterview.content.prepdoc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.CanonicalQuestion;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.LinkDefinition;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;
import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;

/**
 * Maps one question of a prep document onto the project's content model: the reported
 * wording and its source, rubric criteria from the evaluation bullets, approach, model
 * answer split into parts, follow-ups, the sources it cites, difficulty from its group
 * heading and companies from its title or the reported source. Where there is no Clarify
 * part, the Clarify guidance is derived from a step that starts with "Clarify".
 */
final class PrepQuestionMapper {

	/** The question, when nothing prevents it, and what was found on the way. */
	record Mapped(Optional<CanonicalQuestion> question, String title, Optional<Difficulty> difficulty,
			List<ContentProblem> problems) {

	}

	private static final Pattern REFERENCE_LINK = Pattern
		.compile("\\[([^\\[\\]\\n]{1,300})\\]\\[([^\\[\\]\\n]{0,100})\\]");

	private static final Pattern INLINE_LINK = Pattern
		.compile("\\[([^\\[\\]\\n]{1,300})\\]\\((https?://[^\\s)]{1,2000})(?:\\s+\"[^\"\\n]{0,300}\")?\\)");

	private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,2000})[”\"]");

	private static final Pattern NUMBER_PREFIX = Pattern.compile(
			"^(?:(easy|medium|hard|q|question|problem)\\s*#?\\s*)?\\d{1,4}\\s*[.):\\p{Pd}\\u2212]+\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s*\\(([^()]{1,120})\\)\\s*$");

	private static final Pattern LIST_ITEM = Pattern.compile("^( {0,3})([-*+]|\\d{1,4}[.)])([ \\t]+|$)(.*)$");

	private static final Set<String> NOT_COMPANY_WORDS = Set.of("from", "interview", "interviews", "report", "reports",
			"reported", "logs", "log", "candidate", "candidates", "experience", "experiences", "question", "questions",
			"asked", "at", "by", "via", "in", "on", "the", "a", "an", "of", "for", "glassdoor", "leetcode", "blind",
			"reddit", "onsite", "phone", "screen", "round", "rounds", "common", "commonly", "typical", "classic",
			"frequently", "often", "seen", "similar", "variant", "also", "and", "or", "e.g", "eg", "etc", "version",
			"style", "data", "engineering", "engineer", "de", "team", "loop", "technical");

	private static final Map<String, String> TOPICS = topics();

	private final String path;

	private final Map<String, LinkDefinition> links;

	private final String documentName;

	PrepQuestionMapper(String path, Map<String, LinkDefinition> links, String documentName) {
		this.path = path;
		this.links = links;
		this.documentName = documentName;
	}

	Mapped map(PrepQuestion prep, int order) {
		List<ContentProblem> problems = new ArrayList<>(prep.problems());
		int line = prep.line();
		String heading = PrepDocumentParser.stripDecoration(prep.heading());
		Matcher number = NUMBER_PREFIX.matcher(heading);
		String prefixWord = null;
		String title = heading;
		if (number.find()) {
			prefixWord = number.group(1);
			title = heading.substring(number.end());
		}
		List<String> companies = new ArrayList<>();
		Matcher aside = TRAILING_ASIDE.matcher(title);
		if (aside.find() && aside.start() > 0) {
			companies.addAll(companiesIn(aside.group(1)));
			title = title.substring(0, aside.start());
		}
		title = stripInline(title).strip();
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(this.path, line, "the question heading has no title"));
		}
		else if (title.length() > 200) {
			title = title.substring(0, 200).strip();
			problems.add(ContentProblem.warning(this.path, line, "the title is cut to 200 characters"));
		}

		Optional<Difficulty> difficulty = difficulty(prep, prefixWord, problems);
		Map<PartLabel, Part> parts = prep.parts();
		for (PartLabel required : List.of(PartLabel.REPORTED, PartLabel.EVALUATES, PartLabel.APPROACH,
				PartLabel.MODEL_ANSWER, PartLabel.FOLLOW_UPS)) {
			Part part = parts.get(required);
			if (part == null) {
				problems.add(ContentProblem.error(this.path, line,
						"no '" + required.displayName() + "' part: " + hint(required)));
			}
			else if (part.isBlank()) {
				problems.add(ContentProblem.error(this.path, part.line(),
						"the '" + required.displayName() + "' part is empty"));
			}
		}

		List<Link> cited = new ArrayList<>();
		Reported reported = reported(parts.get(PartLabel.REPORTED), problems);
		Optional<Link> source = reported.links().stream().findFirst();
		for (PartLabel label : PartLabel.values()) {
			Part part = parts.get(label);
			if (part != null) {
				cited.addAll(links(part.markdown(), part.line(), problems));
			}
		}
		if (source.isEmpty() && parts.containsKey(PartLabel.REPORTED)) {
			source = cited.stream().findFirst();
			if (source.isPresent()) {
				problems.add(ContentProblem.warning(this.path, parts.get(PartLabel.REPORTED).line(),
						"the reported wording cites no source; using the first link of the question, "
								+ source.get().url()));
			}
			else {
				problems.add(ContentProblem.error(this.path, parts.get(PartLabel.REPORTED).line(),
						"the reported wording needs a source link, such as '([Glassdoor][1])' with "
								+ "'[1]: https://...' at the end of the document"));
			}
		}
		for (String company : companiesIn(reported.attribution())) {
			if (!companies.contains(company)) {
				companies.add(company);
			}
		}
		companies = merged(companies);

		String prompt = parts.containsKey(PartLabel.PROMPT) ? resolve(parts.get(PartLabel.PROMPT))
				: reported.markdown();
		String evaluates = criteria(parts.get(PartLabel.EVALUATES), problems);
		String approach = resolve(parts.get(PartLabel.APPROACH));
		String modelAnswer = modelAnswer(parts.get(PartLabel.MODEL_ANSWER));
		String followUps = resolve(parts.get(PartLabel.FOLLOW_UPS));
		String clarify = clarify(prep, line, problems);
		List<String> topics = topics(title + " " + reported.text() + " " + prompt, line, problems);
		PrepJudging judging = new PrepJudging(this.path, this::resolve);
		CanonicalQuestion.Judging judged = judging.map(parts, problems);
		Area area = judging.area(title, topics, line, problems);

		if (problems.stream().anyMatch(ContentProblem::isError)) {
			return new Mapped(Optional.empty(), title, difficulty, problems);
		}
		Link sourceLink = source.get();
		Set<String> seen = new LinkedHashSet<>();
		StringBuilder sources = new StringBuilder();
		for (Link link : concat(List.of(sourceLink), cited)) {
			if (seen.add(link.url())) {
				sources.append("- [").append(escapeLinkText(link.name())).append("](").append(link.url()).append(")\n");
			}
		}
		CanonicalQuestion question = new CanonicalQuestion("pending", title, difficulty.get(), area,
				judging.kind(title), topics, companies, reported.text(), sourceLink.name(), sourceLink.url(), null,
				order, this.documentName, prompt, evaluates, clarify, approach, modelAnswer, followUps, judged,
				sources.toString().strip(), null);
		return new Mapped(Optional.of(question), title, difficulty, problems);
	}

	private static String hint(PartLabel label) {
		return switch (label) {
			case REPORTED -> "start it with a bold label such as '**Exact phrasing:**' and quote the question";
			case EVALUATES -> "list what the interviewer evaluates under '**What interviewer evaluates:**'";
			case APPROACH -> "add the steps of a strong answer under '**Answer approach:**'";
			case MODEL_ANSWER -> "add the answer under '**Model answer:**'";
			case FOLLOW_UPS -> "add follow-up questions under '**Key tradeoffs / follow-ups:**'";
			default -> "add it under a bold label";
		};
	}

	private Optional<Difficulty> difficulty(PrepQuestion prep, String prefixWord, List<ContentProblem> problems) {
		Optional<Difficulty> fromHeading = Optional.ofNullable(prefixWord)
			.flatMap((word) -> Difficulty.fromSlug(word.toLowerCase(Locale.ROOT)));
		Optional<Difficulty> fromGroup = Optional.ofNullable(prep.groupDifficulty());
		if (fromHeading.isPresent() && fromGroup.isPresent() && fromHeading.get() != fromGroup.get()) {
			problems.add(ContentProblem.warning(this.path, prep.line(),
					"the heading says " + fromHeading.get().slug() + " but the question is under the "
							+ fromGroup.get().slug() + " group; using " + fromGroup.get().slug()));
		}
		Optional<Difficulty> difficulty = fromGroup.or(() -> fromHeading);
		if (difficulty.isEmpty()) {
			problems.add(ContentProblem.error(this.path, prep.line(),
					"no difficulty: put the question under an EASY, MEDIUM or HARD heading, or start its heading "
							+ "with Easy, Medium or Hard"));
		}
		return difficulty;
	}

	record Link(String name, String url) {

	}

	private record Reported(String text, String markdown, String attribution, List<Link> links) {

	}

	/**
	 * The reported wording is usually a block quote: the question in quotes, an
	 * attribution in parentheses and a citation such as {@code ([Glassdoor][1])}.
	 */
	private Reported reported(Part part, List<ContentProblem> problems) {
		if (part == null || part.isBlank()) {
			return new Reported("", "", "", List.of());
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
		List<Link> links = links(joined, part.line(), problems);
		String withoutLinks = joined.replaceAll("\\(\\s*" + REFERENCE_LINK.pattern() + "\\s*\\)", " ")
			.replaceAll("\\(\\s*" + INLINE_LINK.pattern() + "\\s*\\)", " ");
		withoutLinks = REFERENCE_LINK.matcher(withoutLinks).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
		withoutLinks = INLINE_LINK.matcher(withoutLinks).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
		withoutLinks = withoutLinks.replaceAll("\\s+", " ").strip();
		String wording;
		String attribution;
		Matcher matcher = QUOTED.matcher(withoutLinks);
		if (matcher.find()) {
			wording = matcher.group(1).strip();
			attribution = withoutLinks.substring(0, matcher.start()) + " " + withoutLinks.substring(matcher.end());
		}
		else {
			Matcher aside = TRAILING_ASIDE.matcher(withoutLinks.replaceAll("[.\\s]+$", ""));
			if (aside.find() && aside.start() > 0) {
				wording = withoutLinks.substring(0, aside.start()).strip();
				attribution = aside.group(1);
			}
			else {
				wording = withoutLinks;
				attribution = "";
			}
		}
		String text = stripInline(wording).strip();
		if (text.length() > 2000) {
			text = text.substring(0, 2000);
			problems
				.add(ContentProblem.warning(this.path, part.line(), "the reported wording is cut to 2000 characters"));
		}
		if (text.isEmpty()) {
			problems.add(ContentProblem.error(this.path, part.line(), "the reported wording is empty"));
		}
		return new Reported(text, wording, attribution, links);
	}

	/** Every link in a piece of Markdown, citations resolved from the definitions. */
	private List<Link> links(String markdown, int line, List<ContentProblem> problems) {
		List<Link> found = new ArrayList<>();
		Matcher reference = REFERENCE_LINK.matcher(markdown);
		while (reference.find()) {
			String label = (reference.group(2).isBlank() ? reference.group(1) : reference.group(2)).strip()
				.toLowerCase(Locale.ROOT);
			LinkDefinition definition = this.links.get(label);
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
			String name = stripInline(reference.group(1)).strip();
			if (definition.title() != null && !definition.title().isBlank()) {
				name = name + ": " + definition.title().strip();
			}
			found.add(new Link(name, url.get()));
		}
		Matcher inline = INLINE_LINK.matcher(markdown);
		while (inline.find()) {
			webAddress(inline.group(2))
				.ifPresent((url) -> found.add(new Link(stripInline(inline.group(1)).strip(), url)));
		}
		return found;
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

	/** The part's Markdown with citations turned into ordinary links. */
	private String resolve(Part part) {
		return (part != null) ? resolve(part.markdown()) : "";
	}

	private String resolve(String markdown) {
		return REFERENCE_LINK.matcher(markdown).replaceAll((m) -> {
			String label = (m.group(2).isBlank() ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT);
			LinkDefinition definition = this.links.get(label);
			Optional<String> url = Optional.ofNullable(definition).flatMap((d) -> webAddress(d.url()));
			return Matcher.quoteReplacement(url.map((u) -> "[" + m.group(1) + "](" + u + ")").orElse(m.group(1)));
		});
	}

	/**
	 * One criterion per top-level bullet, written {@code - **Name**: meaning}. A bullet
	 * that is plain text becomes a criterion named after its first words.
	 */
	private String criteria(Part part, List<ContentProblem> problems) {
		if (part == null) {
			return "";
		}
		List<Item> parsedItems = topLevelItems(resolve(part).lines().toList());
		List<String> items = parsedItems.stream().map(CriterionLevelLines::withoutLevels).map(Item::joined).toList();
		List<String> levels = parsedItems.stream().map(CriterionLevelLines::levels).toList();
		if (items.isEmpty()) {
			items = resolve(part).lines().filter((l) -> !l.isBlank()).map(String::strip).toList();
		}
		StringBuilder out = new StringBuilder();
		Set<String> names = new LinkedHashSet<>();
		for (int index = 0; index < items.size(); index++) {
			String item = items.get(index);
			String itemLevels = (index < levels.size()) ? levels.get(index) : "";
			String text = item.replaceAll("\\s+", " ").strip();
			if (text.isEmpty()) {
				continue;
			}
			String name;
			String meaning;
			Matcher bold = Pattern.compile("^\\*\\*(.{1,120}?)\\*\\*\\s*[:.\\p{Pd}]*\\s*(.*)$").matcher(text);
			if (bold.matches()) {
				name = bold.group(1).replaceAll("[:.]$", "").strip();
				meaning = bold.group(2).isBlank() ? name : bold.group(2);
			}
			else {
				meaning = text;
				String plain = stripInline(text);
				int colon = plain.indexOf(": ");
				int paren = plain.indexOf(" (");
				int dash = indexOfDash(plain);
				if (colon > 0 && colon <= 60) {
					name = plain.substring(0, colon);
					meaning = text.substring(Math.min(text.length(), text.indexOf(": ") + 2)).strip();
				}
				else if (paren > 0 && paren <= 60) {
					name = plain.substring(0, paren);
				}
				else if (dash > 0 && dash <= 60) {
					name = plain.substring(0, dash);
				}
				else {
					name = firstWords(plain, 6);
				}
			}
			name = name.replace("*", "").replace("_", " ").replaceAll("\\s+", " ").strip();
			if (name.isEmpty() || meaning.isBlank()) {
				continue;
			}
			String key = name.toLowerCase(Locale.ROOT);
			String unique = name;
			for (int n = 2; names.contains(unique.toLowerCase(Locale.ROOT)); n++) {
				unique = name + " (" + n + ")";
			}
			names.add(unique.toLowerCase(Locale.ROOT));
			if (!unique.equals(name) && !key.isEmpty()) {
				problems.add(ContentProblem.warning(this.path, part.line(),
						"two criteria are both named '" + name + "'; the second is called '" + unique + "'"));
			}
			out.append("- **").append(unique).append("**: ").append(meaning).append('\n').append(itemLevels);
		}
		if (out.isEmpty() && !part.isBlank()) {
			problems.add(ContentProblem.error(this.path, part.line(),
					"'What the interviewer evaluates' needs at least one bullet"));
		}
		return out.toString().strip();
	}

	private static int indexOfDash(String text) {
		Matcher matcher = Pattern.compile("\\s[\\p{Pd}]\\s").matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

	private static String firstWords(String text, int count) {
		String[] words = text.split("\\s+");
		if (words.length <= count) {
			return text.replaceAll("[.,;:]+$", "");
		}
		return String.join(" ", List.of(words).subList(0, count)).replaceAll("[.,;:]+$", "") + "…";
	}

	/**
	 * A top-level list item: the text after its marker and its further lines, with the
	 * item's indentation removed.
	 */
	record Item(String first, List<String> rest) {

		String joined() {
			StringBuilder text = new StringBuilder(this.first);
			for (String line : this.rest) {
				if (!line.isBlank()) {
					text.append(' ').append(line.strip());
				}
			}
			return text.toString();
		}

	}

	/**
	 * The top-level list items: a line is a new item when its marker is indented less
	 * than the content of the item before it.
	 */
	static List<Item> topLevelItems(List<String> lines) {
		List<Item> items = new ArrayList<>();
		String first = null;
		List<String> rest = new ArrayList<>();
		int contentIndent = 0;
		for (String line : lines) {
			Matcher matcher = LIST_ITEM.matcher(line);
			boolean newItem = matcher.matches() && (first == null || matcher.group(1).length() < contentIndent);
			if (newItem) {
				if (first != null) {
					items.add(new Item(first, List.copyOf(rest)));
				}
				first = matcher.group(4);
				rest.clear();
				contentIndent = Math.max(matcher.end(3), matcher.group(1).length() + 2);
			}
			else if (first != null && (line.isBlank() || Character.isWhitespace(line.charAt(0)))) {
				rest.add(dedent(line, contentIndent));
			}
			else if (first != null) {
				items.add(new Item(first, List.copyOf(rest)));
				first = null;
				rest.clear();
			}
		}
		if (first != null) {
			items.add(new Item(first, List.copyOf(rest)));
		}
		return items;
	}

	/**
	 * A model answer written as numbered steps that each open with a bold title becomes
	 * one {@code ###} part per step (the Answer stage offers their titles as hints), and
	 * so does a paragraph after them that opens with a bold title ("**Why this works:**
	 * ..."). Anything else is kept as it is.
	 */
	private String modelAnswer(Part part) {
		if (part == null) {
			return "";
		}
		List<String> lines = resolve(part).lines().toList();
		List<Integer> itemIndents = topLevelNumberedItems(lines);
		if (itemIndents == null) {
			return collapseBlankLines(String.join("\n", lines)).strip();
		}
		StringBuilder out = new StringBuilder();
		boolean inFence = false;
		int indent = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean fenceLine = isFence(line);
			if (!inFence && itemIndents.get(i) >= 0) {
				indent = itemIndents.get(i);
				Matcher item = LIST_ITEM.matcher(line);
				item.matches();
				appendPart(out, item.group(4));
			}
			else if (!inFence && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
				indent = 0;
				if (BOLD_LEAD.matcher(line).matches()) {
					appendPart(out, line);
				}
				else {
					out.append(line).append('\n');
				}
			}
			else {
				out.append(dedent(line, indent)).append('\n');
			}
			if (fenceLine) {
				inFence = !inFence;
			}
		}
		return collapseBlankLines(out.toString()).strip();
	}

	private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*(.{1,200}?)\\*\\*\\s*:?\\s*(.*)$");

	private static void appendPart(StringBuilder out, String boldLead) {
		Matcher title = BOLD_LEAD.matcher(boldLead);
		title.matches();
		out.append("\n### ").append(partTitle(title.group(1))).append("\n\n");
		if (!title.group(2).isBlank()) {
			out.append(title.group(2)).append('\n');
		}
	}

	/**
	 * For each line, the content indentation of the top-level numbered item it starts, or
	 * -1; {@code null} when the answer is not a list of numbered steps that all open with
	 * a bold title.
	 */
	private static List<Integer> topLevelNumberedItems(List<String> lines) {
		List<Integer> indents = new ArrayList<>();
		boolean inFence = false;
		int contentIndent = -1;
		boolean any = false;
		for (String line : lines) {
			int result = -1;
			if (inFence) {
				inFence = !isFence(line);
			}
			else if (isFence(line)) {
				inFence = true;
			}
			else {
				Matcher item = LIST_ITEM.matcher(line);
				if (item.matches() && (contentIndent < 0 || item.group(1).length() < contentIndent)) {
					if (!item.group(2).matches("\\d+[.)]") || !BOLD_LEAD.matcher(item.group(4)).matches()) {
						return null;
					}
					contentIndent = Math.max(item.end(3), item.group(1).length() + 2);
					result = contentIndent;
					any = true;
				}
				else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
					contentIndent = -1;
				}
			}
			indents.add(result);
		}
		return any ? indents : null;
	}

	private static boolean isFence(String line) {
		String stripped = line.strip();
		return stripped.startsWith("```") || stripped.startsWith("~~~");
	}

	static String collapseBlankLines(String text) {
		return text.replaceAll("\n[ \t]*(\n[ \t]*)+\n", "\n\n");
	}

	private static String partTitle(String bold) {
		String title = bold.replaceAll("[:.]\\s*$", "").replace("*", "").strip();
		return title.isEmpty() ? "Part" : title;
	}

	private static String dedent(String line, int indent) {
		int remove = 0;
		while (remove < indent && remove < line.length() && line.charAt(remove) == ' ') {
			remove++;
		}
		return line.substring(remove);
	}

	/**
	 * The Clarify part if there is one; otherwise the step of the model answer (or of the
	 * approach) that starts with "Clarify", one bullet per question it asks.
	 */
	private String clarify(PrepQuestion prep, int line, List<ContentProblem> problems) {
		Part explicit = prep.parts().get(PartLabel.CLARIFY);
		if (explicit != null && !explicit.isBlank()) {
			return resolve(explicit);
		}
		for (PartLabel source : List.of(PartLabel.MODEL_ANSWER, PartLabel.APPROACH)) {
			Part part = prep.parts().get(source);
			if (part == null) {
				continue;
			}
			for (Item item : topLevelItems(resolve(part).lines().toList())) {
				String plain = item.first().replaceAll("\\*\\*", "").strip();
				String bullets = plain.toLowerCase(Locale.ROOT).startsWith("clarify") ? clarifyBullets(item) : "";
				if (!bullets.isBlank()) {
					problems.add(ContentProblem.warning(this.path, part.line(),
							"no Clarify part: the Clarify guidance is taken from the "
									+ source.displayName().toLowerCase(Locale.ROOT)
									+ " step that starts with 'Clarify'"));
					return bullets;
				}
			}
		}
		problems.add(ContentProblem.warning(this.path, line,
				"no Clarify part and no step starting with 'Clarify': the Clarify stage will offer no guidance"));
		return "";
	}

	/**
	 * One bullet per question the step asks, then its nested lines as they are.
	 */
	private static String clarifyBullets(Item item) {
		String text = item.first().replaceFirst("^\\*\\*[^*]{0,200}\\*\\*\\s*:?\\s*", "");
		List<String> bullets = new ArrayList<>();
		for (String piece : text.split("(?<=\\?)\\s+|\\s+[\\p{Pd}]\\s+")) {
			String bullet = piece.strip().replaceAll("^[\\p{Pd}:;,]+\\s*", "");
			if (!bullet.isEmpty()) {
				bullets.add("- " + Character.toUpperCase(bullet.charAt(0)) + bullet.substring(1));
			}
		}
		String nested = collapseBlankLines(String.join("\n", item.rest())).strip();
		if (!nested.isEmpty()) {
			bullets.add((bullets.isEmpty() ? "" : "\n") + nested);
		}
		return String.join("\n", bullets);
	}

	private List<String> topics(String text, int line, List<ContentProblem> problems) {
		String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		Set<String> found = new LinkedHashSet<>();
		for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
			if (lower.contains(" " + topic.getKey() + " ") && found.size() < 6) {
				found.add(topic.getValue());
			}
		}
		if (found.isEmpty()) {
			problems.add(ContentProblem.warning(this.path, line,
					"no known topic in the title or wording; the topic is set to 'General'"));
			found.add("General");
		}
		return List.copyOf(found);
	}

	private static Map<String, String> topics() {
		Map<String, String> topics = new LinkedHashMap<>();
		for (String name : List.of("Spark", "Kafka", "SQL", "Airflow", "dbt", "Flink", "Hadoop", "Hive", "Iceberg",
				"Snowflake", "BigQuery", "Redshift", "Python", "Scala", "AWS", "S3", "GCP", "Azure", "Databricks",
				"Debezium", "CDC", "Parquet", "Avro")) {
			topics.put(name.toLowerCase(Locale.ROOT), name);
		}
		topics.put("delta lake", "Delta Lake");
		topics.put("data lake", "Data lake");
		topics.put("warehouse", "Data warehouse");
		topics.put("schema", "Schema management");
		topics.put("stream", "Streaming");
		topics.put("streaming", "Streaming");
		topics.put("pipeline", "Pipeline design");
		topics.put("skew", "Performance");
		topics.put("oom", "Performance");
		topics.put("memory", "Performance");
		topics.put("lag", "Performance");
		topics.put("performance", "Performance");
		topics.put("duplicate", "Data quality");
		topics.put("duplicates", "Data quality");
		topics.put("consistency", "Data quality");
		topics.put("quality", "Data quality");
		topics.put("reprocess", "Reliability");
		topics.put("failed", "Reliability");
		topics.put("retry", "Reliability");
		topics.put("join", "Joins");
		topics.put("joins", "Joins");
		topics.put("model", "Data modeling");
		topics.put("modeling", "Data modeling");
		topics.put("modelling", "Data modeling");
		return topics;
	}

	/** Company names in an aside such as "from Visa interview reports". */
	static List<String> companiesIn(String aside) {
		List<String> companies = new ArrayList<>();
		if (aside == null || aside.isBlank()) {
			return companies;
		}
		for (String piece : aside.split("[,;/&]|\\band\\b|\\bor\\b")) {
			List<String> words = new ArrayList<>();
			for (String word : piece.strip().split("\\s+")) {
				String clean = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
				if (!clean.isEmpty() && !NOT_COMPANY_WORDS.contains(clean.toLowerCase(Locale.ROOT))) {
					words.add(clean);
				}
			}
			String company = String.join(" ", words);
			if (!company.isEmpty() && words.size() <= 4 && company.length() <= 60
					&& Character.isUpperCase(company.codePointAt(0))) {
				companies.add(company);
			}
		}
		return companies;
	}

	/** "Goldman" and "Goldman Sachs" are one company: keep the longer name. */
	private static List<String> merged(List<String> companies) {
		List<String> result = new ArrayList<>();
		for (String company : companies) {
			boolean shorter = companies.stream()
				.anyMatch((other) -> !other.equals(company) && other.startsWith(company + " "));
			if (!shorter && !result.contains(company) && result.size() < 20) {
				result.add(company);
			}
		}
		return result;
	}

	/** Plain text from inline Markdown: emphasis markers and code ticks removed. */
	static String stripInline(String markdown) {
		return markdown.replace("**", "")
			.replace("__", "")
			.replace("`", "")
			.replaceAll("(?<!\\w)\\*(\\S[^*]*?)\\*", "$1");
	}

	private static String escapeLinkText(String text) {
		return text.replace("[", "\\[").replace("]", "\\]");
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
