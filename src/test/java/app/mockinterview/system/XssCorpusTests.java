package app.mockinterview.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile input (script tags, event handlers, {@code javascript:} and
 * {@code data:} URLs, SVG, broken markup, encoded variants) pushed through everything a
 * person can write — practice notes and self-score notes, both roles' interview notes,
 * names, evidence, feedback both ways, sheet notes — and through a question file imported
 * from Markdown. Every page that shows the text is parsed as a browser would, and nothing
 * in it may be able to run: no script of our own making aside, no event handler, no
 * script or data URL, no frame, object or base element.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XssCorpusTests {

	static final String QUESTION = "reprocess-only-failed-records";

	static final String HOSTILE_QUESTION = "hostile-markup";

	static final Path CONTENT = hostileContent();

	@DynamicPropertySource
	static void contentDirectory(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@Autowired
	MockMvc mvc;

	TestClient browser;

	@BeforeEach
	void openBrowser() {
		this.browser = TestClient.mockMvc(this.mvc);
	}

	static List<String> payloads() {
		try (Stream<String> lines = Files.lines(Path.of("src/test/resources/security/xss-payloads.txt"))) {
			return lines.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.replace("\\n", "\n").replace("\\u0000", "\u0000"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theCorpusIsLargeAndVaried() {
		List<String> payloads = payloads();
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
		for (String kind : List.of("<script", "onerror", "javascript:", "data:", "<svg", "&#", "%3C", "](",
				"<iframe")) {
			assertThat(payloads).as(kind).anyMatch((p) -> p.toLowerCase(Locale.ROOT).contains(kind.toLowerCase()));
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("payloads")
	void nothingAPersonWritesComesBackExecutable(String payload) throws Exception {
		List<String> pages = new ArrayList<>();

		// Solo practice: notes in every stage (shown as sanitised Markdown at review),
		// and
		// the self-score notes.
		String attempt = redirectTarget(this.browser.post("/questions/" + QUESTION + "/practice").expect(302));
		for (String[] move : new String[][] { { "CLARIFY", "APPROACH" }, { "APPROACH", "ANSWER" },
				{ "ANSWER", "REVIEW" } }) {
			this.browser
				.post(attempt + "/stage", "stage", move[0], "notes", payload, "revision", "1", "target", move[1])
				.expect(302);
		}
		submit(attempt, "/self-score", payload, Map.of());
		pages.add(attempt);

		// A mock interview: names, both sides' notes, a second interviewer, the sheet
		// with
		// evidence, feedback and private notes, the candidate's self-assessment and
		// feedback for the interviewer.
		String console = redirectTarget(this.browser
			.post("/interviews", "questions", QUESTION, "interviewerName", name(payload), "candidateName",
					name(payload))
			.expect(302));
		this.browser.post(console + "/interviewers", "name", name(payload)).expect(302);
		String room = this.browser.get(console)
			.expect(200)
			.document()
			.select("#candidate-link")
			.val()
			.replaceAll("^https?://[^/]+", "");
		this.browser.post(room + "/notes/autosave", "position", "0", "notes", payload, "revision", "1").expect(200);
		this.browser
			.post(console + "/notes/autosave", "position", "0", "stage", "CLARIFY", "notes", payload, "revision", "1")
			.expect(200);
		this.browser.post(console + "/stage", "target", "REVIEW").expect(302);
		submit(room, "/self-assessment", payload, Map.of());
		submit(console + "/sheet", "/sheet", payload, Map.of("action", "submit"));
		this.browser.post(console + "/share-feedback").expect(302);
		this.browser.post(console + "/end").expect(302);
		submit(room, "/feedback", payload, Map.of());
		// The live fragments are parts of these pages.
		pages.addAll(List.of(console, console + "/sheet?amend=true", console + "/sheet/print", console + "/comparison",
				room));
		for (String page : pages) {
			String html = this.browser.get(page).expect(200).body();
			assertNothingExecutable(page, html);
			if (page.endsWith("amend=true")) {
				String start = payload.split("[\\n\\u0000]")[0];
				String opening = start.substring(0, Math.min(12, start.length()));
				assertThat(Jsoup.parse(html).select("textarea").stream().map(Element::wholeText))
					.as("the payload reached the sheet")
					.anyMatch((text) -> text.contains(opening));
			}
		}
	}

	@Test
	void exportsAreDataThatBrowsersNeverRenderAsPages() throws Exception {
		String console = redirectTarget(
				this.browser.post("/interviews", "questions", QUESTION, "candidateName", "<script>alert(1)</script>")
					.expect(302));
		for (String export : List.of("/sheet.csv", "/sheets.csv", "/sheet.json", "/sheet/summary")) {
			TestClient.Response result = this.browser.get(console + export).expect(200);
			assertThat(result.header("Content-Type")).as(export)
				.hasValueSatisfying((type) -> assertThat(type).doesNotContain("html"));
			assertThat(result.header("X-Content-Type-Options")).contains("nosniff");
		}
	}

	@Test
	void anImportedQuestionFileFullOfHostileMarkupRendersNothingExecutable() throws Exception {
		String page = this.browser.get("/questions/" + HOSTILE_QUESTION).expect(200).body();
		assertThat(page).contains("Hostile markup");
		assertNothingExecutable("/questions/" + HOSTILE_QUESTION, page);
		assertNothingExecutable("/", this.browser.get("/").expect(200).body());
		assertNothingExecutable("/sheets/blank/" + HOSTILE_QUESTION,
				this.browser.get("/sheets/blank/" + HOSTILE_QUESTION).expect(200).body());

		String attempt = redirectTarget(this.browser.post("/questions/" + HOSTILE_QUESTION + "/practice").expect(302));
		for (String[] move : new String[][] { { "CLARIFY", "APPROACH" }, { "APPROACH", "ANSWER" },
				{ "ANSWER", "REVIEW" } }) {
			assertNothingExecutable(attempt, this.browser.get(attempt).expect(200).body());
			this.browser.post(attempt + "/hints", "stage", move[0], "notes", "", "revision", "1").expect(302);
			this.browser.post(attempt + "/hints", "stage", move[0], "notes", "", "revision", "2").expect(302);
			this.browser.post(attempt + "/stage", "stage", move[0], "notes", "", "revision", "3", "target", move[1])
				.expect(302);
		}
		String review = this.browser.get(attempt).expect(200).body();
		assertThat(review).contains("Model answer");
		assertNothingExecutable(attempt, review);

		String console = redirectTarget(this.browser.post("/interviews", "questions", HOSTILE_QUESTION).expect(302));
		for (String stage : List.of("CLARIFY", "APPROACH", "ANSWER", "REVIEW")) {
			this.browser.post(console + "/stage", "target", stage).expect(302);
			assertNothingExecutable(console, this.browser.get(console).expect(200).body());
		}
		assertNothingExecutable(console + "/sheet", this.browser.get(console + "/sheet").expect(200).body());
	}

	/**
	 * Fails when a page holds anything a browser would run: an inline or foreign script,
	 * an event-handler attribute, a script, vbscript or data URL in any attribute, a
	 * frame, object, embed, base or refresh, or script in a style.
	 */
	static void assertNothingExecutable(String page, String html) {
		Document document = Jsoup.parse(html);
		for (Element element : document.getAllElements()) {
			String tag = element.normalName();
			assertThat(tag).as("element on " + page)
				.isNotIn("iframe", "frame", "frameset", "object", "embed", "base", "applet", "math", "style");
			if (tag.equals("svg")) {
				if (element.hasClass("diagram")) {
					assertOurDiagram(page, element);
				}
				else {
					assertOurDrawing(page, element);
				}
			}
			if (tag.equals("link")) {
				assertThat(element.attr("href")).as("link on " + page).startsWith("/").doesNotStartWith("//");
			}
			if (tag.equals("script")) {
				assertThat(element.attr("src")).as("script on " + page).startsWith("/").doesNotStartWith("//");
				assertThat(element.data()).as("inline script on " + page).isBlank();
			}
			if (tag.equals("meta")) {
				assertThat(element.attr("http-equiv")).as("meta on " + page).isEmpty();
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
				assertThat(name).as("attribute on %s of <%s>", page, tag).doesNotStartWith("on");
				assertThat(value).as("%s on %s of <%s>", name, page, tag)
					.doesNotStartWith("javascript:")
					.doesNotStartWith("vbscript:")
					.doesNotStartWith("data:");
				if (name.equals("style")) {
					assertThat(value).as("style on " + page)
						.doesNotContain("expression(")
						.doesNotContain("javascript:");
				}
				if (Set.of("href", "src", "action", "formaction", "xlink:href", "srcdoc").contains(name)) {
					assertThat(value).as("%s on %s", name, page)
						.doesNotContain("javascript:")
						.doesNotContain("<script");
				}
			}
		}
	}

	/**
	 * A diagram we drew from notes: its own class, and inside only shapes and text with
	 * geometry, our classes and no links, uses, scripts, foreign objects or animations.
	 */
	static void assertOurDiagram(String page, Element svg) {
		assertThat(svg.classNames()).as("svg on " + page).contains("diagram");
		assertThat(svg.attr("role")).isEqualTo("img");
		Set<String> shapes = Set.of("title", "rect", "ellipse", "polygon", "polyline", "path", "line", "text");
		Set<String> attributes = Set.of("class", "x", "y", "width", "height", "rx", "ry", "cx", "cy", "x1", "y1", "x2",
				"y2", "points", "d", "text-anchor", "dominant-baseline");
		for (Element part : svg.select("*")) {
			if (part == svg) {
				continue;
			}
			assertThat(part.normalName()).as("inside a diagram on " + page).isIn(shapes);
			for (Attribute attribute : part.attributes()) {
				assertThat(attribute.getKey()).as("attribute of <%s> in a diagram on %s", part.normalName(), page)
					.isIn(attributes);
				if (!attribute.getKey().equals("class") && !attribute.getKey().endsWith("anchor")
						&& !attribute.getKey().endsWith("baseline")) {
					assertThat(attribute.getValue()).as("geometry").matches("[0-9eE.,\\s\\-MmLlHhVvAaZz]*");
				}
			}
		}
	}

	/**
	 * Besides diagrams, the app draws charts ({@code fragments/charts.html}) and the
	 * replay's track ({@code fragments/replay.html}) from numbers and escaped text: the
	 * same kinds of shapes and geometry, never a link, use, script, foreign object or
	 * animation.
	 */
	static void assertOurDrawing(String page, Element svg) {
		assertThat(svg.classNames()).as("svg on " + page).containsAnyOf("chart", "replay__track");
		Set<String> shapes = Set.of("title", "desc", "g", "rect", "circle", "ellipse", "polygon", "polyline", "path",
				"line", "text");
		Set<String> attributes = Set.of("class", "x", "y", "dy", "width", "height", "rx", "ry", "cx", "cy", "r", "x1",
				"y1", "x2", "y2", "points", "d", "text-anchor", "id");
		for (Element part : svg.select("*")) {
			if (part == svg) {
				continue;
			}
			assertThat(part.normalName()).as("inside a drawing on " + page).isIn(shapes);
			for (Attribute attribute : part.attributes()) {
				String name = attribute.getKey();
				assertThat(name).as("attribute of <%s> in a drawing on %s", part.normalName(), page).isIn(attributes);
				if (!Set.of("class", "text-anchor", "id").contains(name)) {
					assertThat(attribute.getValue()).as("geometry").matches("[0-9eE.,%\\s\\-MmLlHhVvAaZz]*");
				}
			}
		}
	}

	/**
	 * Fills a form of the page: every text field gets the payload, choices their first
	 * option.
	 */
	private void submit(String pageUrl, String actionSuffix, String payload, Map<String, String> extra) {
		String page = pageUrl;
		Document document = this.browser.get(page).expect(200).document();
		// An action may end in a fragment (the part of the page its answer opens at).
		Element form = document
			.selectFirst("form[action$=" + actionSuffix + "], form[action*='" + actionSuffix + "#']");
		assertThat(form).as("form " + actionSuffix + " on " + page).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input, textarea, select")) {
			String name = input.attr("name");
			if (name.isEmpty() || name.equals("_csrf")) {
				continue;
			}
			switch (input.normalName()) {
				case "textarea" -> fields.put(name, payload);
				case "select" -> fields.putIfAbsent(name, input.select("option[value~=.]").last().val());
				default -> {
					String type = input.attr("type");
					if (type.equals("radio") || type.equals("checkbox")) {
						if (!input.val().isEmpty()) {
							fields.putIfAbsent(name, input.val());
						}
					}
					else if (type.equals("hidden")) {
						fields.put(name, input.val());
					}
					else if (type.equals("text") || type.isEmpty()) {
						fields.put(name, payload);
					}
				}
			}
		}
		fields.putAll(extra);
		TestClient.Response result = this.browser.post(form.attr("action").replaceFirst("#.*", ""), fields);
		assertThat(result.status()).as(actionSuffix + ": " + result.body()).isEqualTo(302);
	}

	/** Names are limited to 100 characters; longer ones are refused, not cut. */
	private static String name(String payload) {
		return (payload.length() > 100) ? payload.substring(0, 100) : payload;
	}

	private static String redirectTarget(TestClient.Response response) {
		return response.location().replaceAll("#.*", "");
	}

	/**
	 * The shipped content plus one question whose every part is made of the corpus, for
	 * the importer to render and sanitise.
	 */
	private static Path hostileContent() {
		try {
			Path dir = Files.createTempDirectory("hostile-content");
			Files.createDirectories(dir.resolve("questions"));
			Files.copy(Path.of("content/rubric.md"), dir.resolve("rubric.md"));
			try (Stream<Path> files = Files.list(Path.of("content/questions"))) {
				for (Path file : files.toList()) {
					Files.copy(file, dir.resolve("questions").resolve(file.getFileName()));
				}
			}
			List<String> payloads = payloads();
			StringBuilder items = new StringBuilder();
			StringBuilder paragraphs = new StringBuilder();
			StringBuilder steps = new StringBuilder();
			StringBuilder criteria = new StringBuilder();
			StringBuilder judging = new StringBuilder();
			int n = 0;
			for (String payload : payloads) {
				n++;
				items.append("- ").append(payload.replace("\n", "\n  ")).append('\n');
				paragraphs.append(payload).append("\n\n");
				steps.append(n).append(". ").append(payload.replace("\n", " ")).append('\n');
				String flat = payload.replace("\n", " ");
				criteria.append("- **Criterion ").append(n).append("**: ").append(flat).append('\n');
				for (String level : List.of("Strong no", "Lean no", "Lean yes", "Strong yes")) {
					criteria.append("  - **").append(level).append("**: ").append(flat).append('\n');
				}
				judging.append("- **Claim ").append(n).append("**: ").append(flat).append('\n');
			}
			String yamlPayload = "\"Hostile markup <script>alert('title')</script><img src=x onerror=alert(1)>\"";
			String file = """
					---
					id: %s
					title: %s
					difficulty: hard
					area: governance
					kind: concept
					topics: ["<svg onload=alert(1)>", Security]
					companies: ["<img src=x onerror=alert(2)>"]
					reported: "<a href=\\"javascript:alert(3)\\">reported</a>"
					source:
					  name: "<script>alert(4)</script>"
					  url: https://example.org/hostile
					---

					## Prompt

					%s
					## What the interviewer evaluates

					%s
					## Clarify

					%s
					## Approach

					%s
					## Model answer

					### <img src=x onerror=alert('part')> Part one

					%s
					### Part two

					%s
					## Follow-ups

					%s
					## Red flags

					- **At most Lean no on Criterion 1**: %s
					## Common wrong answers

					%s
					## What a senior answer adds

					%s
					## Version notes

					%s
					## Sources

					- [source](javascript:alert('source'))
					- [real source](https://example.org/hostile)
					""".formatted(HOSTILE_QUESTION, yamlPayload, paragraphs, criteria, items, steps, paragraphs, items,
					items, payloads.get(0).replace("\n", " "), judging, items, items);
			Files.writeString(dir.resolve("questions").resolve(HOSTILE_QUESTION + ".md"), file);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
