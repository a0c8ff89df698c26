package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.question.Difficulty;

/**
 * Splits a prep document into its questions and their labelled parts, line by line, so
 * that every finding carries the line it is on. What the parser does not recognise is
 * kept as "ignored" with its line, never silently dropped. It reads the layout of a
 * typical long interview-prep document: an optional index and sources section, group
 * headings such as {@code # EASY (2)}, one heading per question such as
 * {@code ### Easy 1 — Title (company)}, bold labels such as
 * {@code **Exact phrasing (reported):**} before each part, and reference-style link
 * definitions ({@code [1]: https://... "title"}) at the end.
 */
final class PrepDocumentParser {

	record Line(int number, String text) {

	}

	/** One labelled part of a question: its label's line and the lines after it. */
	record Part(PartLabel label, int line, List<Line> lines) {

		String markdown() {
			StringBuilder out = new StringBuilder();
			for (Line line : this.lines) {
				out.append(line.text()).append('\n');
			}
			return out.toString().strip();
		}

		boolean isBlank() {
			return this.lines.stream().allMatch((line) -> line.text().isBlank());
		}

	}

	record Ignored(int line, String what) {

	}

	record LinkDefinition(String url, String title, int line) {

	}

	record PrepQuestion(int line, String heading, Difficulty groupDifficulty, Map<PartLabel, Part> parts,
			List<Ignored> ignored, List<ContentProblem> problems, List<Line> lines) {

	}

	record PrepDocument(List<PrepQuestion> questions, List<Ignored> ignored, Map<String, LinkDefinition> links,
			List<ContentProblem> problems) {

	}

	private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*#*[ \\t]*$");

	private static final Pattern FENCE = Pattern.compile("^ *(`{3,}|~{3,}).*");

	private static final Pattern DEFINITION = Pattern
		.compile("^ {0,3}\\[([^\\]]{1,100})\\]:[ \\t]*<?(\\S+?)>?(?:[ \\t]+[\"'(](.*)[\"')])?[ \\t]*$");

	private static final Pattern LABEL_LINE = Pattern
		.compile("^ {0,3}(?:\\*\\*|__)(.{1,120}?)(?:\\*\\*|__)[ \\t]*:?[ \\t]*(.*)$");

	private static final Pattern NUMBERED_QUESTION = Pattern.compile(
			"^(?:(easy|medium|hard|q|question|problem)\\s*#?\\s*)?\\d{1,4}\\s*[.):\\p{Pd}\\u2212]+\\s*\\S.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern GROUP = Pattern.compile(
			"^(easy|medium|hard)(?:\\s+(?:questions?|level|difficulty))?(?:\\s*[(\\[]?\\s*\\d{1,4}\\s*(?:questions?)?\\s*[)\\]]?)?$",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_HEADING_LENGTH = 1000;

	private final String path;

	PrepDocumentParser(String path) {
		this.path = path;
	}

	PrepDocument parse(String text) {
		String[] raw = text.split("\n", -1);
		List<Line> lines = new ArrayList<>(raw.length);
		for (int i = 0; i < raw.length; i++) {
			lines.add(new Line(i + 1, raw[i]));
		}
		boolean[] code = codeLines(raw);
		List<ContentProblem> problems = new ArrayList<>();
		List<Ignored> ignored = new ArrayList<>();
		Map<String, LinkDefinition> links = new LinkedHashMap<>();
		boolean[] definition = new boolean[raw.length];
		for (int i = 0; i < raw.length; i++) {
			Matcher matcher = DEFINITION.matcher(raw[i]);
			if (!code[i] && matcher.matches()) {
				definition[i] = true;
				String label = matcher.group(1).strip().toLowerCase(Locale.ROOT);
				LinkDefinition link = new LinkDefinition(matcher.group(2), matcher.group(3), i + 1);
				if (links.putIfAbsent(label, link) != null) {
					problems.add(ContentProblem.warning(this.path, i + 1,
							"link [" + matcher.group(1) + "] is defined again; the first definition (line "
									+ links.get(label).line() + ") is used"));
				}
			}
		}

		List<PrepQuestion> questions = new ArrayList<>();
		Difficulty group = null;
		int i = 0;
		int ignoredFrom = -1;
		while (i < raw.length) {
			Optional<Heading> heading = code[i] ? Optional.empty() : heading(raw[i]);
			if (heading.isPresent() && groupOf(heading.get().text()).isPresent()) {
				flushIgnored(ignored, lines, ignoredFrom, i, definition);
				ignoredFrom = -1;
				group = groupOf(heading.get().text()).get();
				i++;
				continue;
			}
			if (heading.isPresent() && isQuestion(heading.get(), raw, code, i)) {
				flushIgnored(ignored, lines, ignoredFrom, i, definition);
				ignoredFrom = -1;
				int end = endOfQuestion(heading.get(), raw, code, i);
				questions.add(question(lines, code, definition, i, end, heading.get(), group));
				i = end;
				continue;
			}
			if (ignoredFrom < 0) {
				ignoredFrom = i;
			}
			else if (heading.isPresent()) {
				flushIgnored(ignored, lines, ignoredFrom, i, definition);
				ignoredFrom = i;
			}
			i++;
		}
		flushIgnored(ignored, lines, ignoredFrom, raw.length, definition);
		if (questions.isEmpty()) {
			problems.add(ContentProblem.error(this.path, 1,
					"no questions found: each question needs a heading (such as '### Easy 1 — Title') followed by "
							+ "bold labels such as '**Exact phrasing:**' and '**Model answer:**'"));
		}
		return new PrepDocument(questions, ignored, links, problems);
	}

	private record Heading(int level, String text) {

	}

	private static Optional<Heading> heading(String line) {
		if (line.length() > MAX_HEADING_LENGTH || line.indexOf('#') < 0) {
			return Optional.empty();
		}
		Matcher matcher = HEADING.matcher(line);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String text = (matcher.group(2) != null) ? matcher.group(2).strip() : "";
		return Optional.of(new Heading(matcher.group(1).length(), text));
	}

	/** "EASY", "Medium (4)", "🔥 HARD questions" name a difficulty group. */
	static Optional<Difficulty> groupOf(String headingText) {
		String text = headingText.replaceAll("[^\\p{L}\\p{N}()\\[\\] ]", " ").replaceAll("\\s+", " ").strip();
		Matcher matcher = GROUP.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Difficulty.fromSlug(matcher.group(1).toLowerCase(Locale.ROOT));
	}

	private static boolean isLabelHeading(Heading heading) {
		return PartLabel.match(heading.text()).isPresent();
	}

	/**
	 * A heading starts a question when it is numbered ("Easy 1 — ...", "Q3. ...") or when
	 * part labels follow it before the next heading that is not itself a label.
	 */
	private static boolean isQuestion(Heading heading, String[] raw, boolean[] code, int index) {
		if (isLabelHeading(heading)) {
			return false;
		}
		String text = stripDecoration(heading.text());
		if (NUMBERED_QUESTION.matcher(text).matches()) {
			return true;
		}
		for (int i = index + 1; i < raw.length; i++) {
			if (code[i]) {
				continue;
			}
			Optional<Heading> next = heading(raw[i]);
			if (next.isPresent()) {
				if (isLabelHeading(next.get())) {
					return true;
				}
				return false;
			}
			if (labelOf(raw[i]).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A question runs until the next heading of its level or higher, a group heading, or
	 * the next numbered question heading, whichever comes first.
	 */
	private static int endOfQuestion(Heading heading, String[] raw, boolean[] code, int index) {
		for (int i = index + 1; i < raw.length; i++) {
			if (code[i]) {
				continue;
			}
			Optional<Heading> next = heading(raw[i]);
			if (next.isEmpty() || isLabelHeading(next.get())) {
				continue;
			}
			if (next.get().level() <= heading.level() || groupOf(next.get().text()).isPresent()
					|| NUMBERED_QUESTION.matcher(stripDecoration(next.get().text())).matches()) {
				return i;
			}
		}
		return raw.length;
	}

	static String stripDecoration(String text) {
		return text.replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
	}

	private record Label(PartLabel part, String rest) {

	}

	/** A line that is only a bold label, possibly followed by the start of the part. */
	private static Optional<Label> labelOf(String line) {
		Matcher matcher = LABEL_LINE.matcher(line);
		if (matcher.matches()) {
			Optional<PartLabel> part = PartLabel.match(matcher.group(1));
			if (part.isPresent()) {
				return Optional.of(new Label(part.get(), matcher.group(2)));
			}
		}
		return heading(line).flatMap((h) -> PartLabel.match(h.text()).map((part) -> new Label(part, "")));
	}

	private PrepQuestion question(List<Line> lines, boolean[] code, boolean[] definition, int start, int end,
			Heading heading, Difficulty group) {
		Map<PartLabel, Part> parts = new EnumMap<>(PartLabel.class);
		List<Ignored> ignored = new ArrayList<>();
		List<ContentProblem> problems = new ArrayList<>();
		Part current = null;
		int preambleStart = -1;
		for (int i = start + 1; i < end; i++) {
			Line line = lines.get(i);
			if (definition[i]) {
				continue;
			}
			Optional<Label> label = code[i] ? Optional.empty() : labelOf(line.text());
			if (label.isPresent()) {
				Part existing = parts.get(label.get().part());
				if (existing != null) {
					problems.add(ContentProblem.warning(this.path, line.number(),
							"a second '" + label.get().part().displayName() + "' part; it is added to the first (line "
									+ existing.line() + ")"));
					current = existing;
				}
				else {
					current = new Part(label.get().part(), line.number(), new ArrayList<>());
					parts.put(label.get().part(), current);
				}
				if (!label.get().rest().isBlank()) {
					current.lines().add(new Line(line.number(), label.get().rest()));
				}
				continue;
			}
			if (current != null) {
				current.lines().add(line);
			}
			else if (!line.text().isBlank() && !isRule(line.text()) && preambleStart < 0) {
				preambleStart = line.number();
			}
		}
		if (preambleStart > 0) {
			ignored.add(new Ignored(preambleStart, "text between the heading and the first labelled part"));
		}
		for (Part part : parts.values()) {
			trimTrailing(part.lines());
		}
		return new PrepQuestion(lines.get(start).number(), heading.text(), group, parts, ignored, problems,
				lines.subList(start, end));
	}

	/** Drops the blank lines and horizontal rules that separate questions. */
	private static void trimTrailing(List<Line> lines) {
		while (!lines.isEmpty()) {
			String last = lines.get(lines.size() - 1).text();
			if (last.isBlank() || isRule(last)) {
				lines.remove(lines.size() - 1);
			}
			else {
				break;
			}
		}
	}

	static boolean isRule(String line) {
		return line.strip().matches("(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}");
	}

	private static void flushIgnored(List<Ignored> ignored, List<Line> lines, int from, int to, boolean[] definition) {
		if (from < 0) {
			return;
		}
		int first = -1;
		int count = 0;
		for (int i = from; i < to; i++) {
			if (definition[i]) {
				continue;
			}
			if (!lines.get(i).text().isBlank() && !isRule(lines.get(i).text())) {
				if (first < 0) {
					first = i;
				}
				count++;
			}
		}
		if (first >= 0) {
			String firstText = lines.get(first).text().strip();
			Optional<Heading> heading = heading(firstText);
			String what = heading.map((h) -> "section '" + shorten(h.text(), 60) + "'")
				.orElse("'" + shorten(firstText, 60) + "'");
			ignored.add(new Ignored(first + 1, what + " (" + count + ((count == 1) ? " line)" : " lines)")));
		}
	}

	static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** Which lines are inside fenced code blocks (fences included). */
	private static boolean[] codeLines(String[] raw) {
		boolean[] code = new boolean[raw.length];
		String fence = null;
		for (int i = 0; i < raw.length; i++) {
			if (fence == null) {
				Matcher matcher = FENCE.matcher(raw[i]);
				if (matcher.matches()) {
					fence = matcher.group(1);
					code[i] = true;
				}
			}
			else {
				code[i] = true;
				String stripped = raw[i].strip();
				char marker = fence.charAt(0);
				if (stripped.length() >= fence.length() && stripped.chars().allMatch((c) -> c == marker)) {
					fence = null;
				}
			}
		}
		return code;
	}

}
