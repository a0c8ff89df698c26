package app.mockinterview.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.QuestionParts;
import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user pages insert the question's pre-rendered parts
 * ({@link app.mockinterview.question.QuestionParts}) and come out byte for byte as they
 * did when their templates rendered those parts on every request: each page is fetched
 * with the templates as they were (copies in {@code src/test/resources/prerender-before},
 * resolved before the real ones while {@link #before} is on) and with today's, on the
 * same data and a stopped clock, and compared. Only the CSRF tokens differ between two
 * requests (masked anew for each), so they are blanked.
 */
@DatabaseTest
@SpringBootTest(properties = "spring.thymeleaf.cache=false")
@AutoConfigureMockMvc
class PreRenderedPagesTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	/** Whether the page templates resolve to the copies from before the change. */
	static volatile boolean before;

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	CommonRubric rubric;

	@Autowired
	QuestionParts parts;

	TestClient browser;

	String interviewer;

	String candidate;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		String location = this.browser
			.post("/interviews", "interviewerName", "Ines", "candidateName", "Carl", "questions", QUESTION, "questions",
					"")
			.location();
		this.interviewer = location.replace("/interviews/i/", "");
		this.candidate = this.browser.page("/interviews/i/" + this.interviewer)
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
	}

	@AfterEach
	void backToToday() {
		before = false;
	}

	@Test
	void theConsoleAtEveryStageIsAsBefore() {
		assertSameAsBefore("console, ready", () -> page("/interviews/i/" + this.interviewer));
		this.browser.post("/interviews/i/" + this.interviewer + "/start").expect(302);
		for (String stage : List.of("CLARIFY", "APPROACH", "ANSWER", "REVIEW")) {
			this.browser.post("/interviews/i/" + this.interviewer + "/stage", "target", stage).expect(302);
			page("/interviews/i/" + this.interviewer); // any flash message
			assertSameAsBefore("console at " + stage, () -> page("/interviews/i/" + this.interviewer));
			assertSameAsBefore("console's live part at " + stage,
					() -> page("/interviews/i/" + this.interviewer + "/live"));
		}
	}

	@Test
	void theCandidateRoomIsAsBefore() {
		assertSameAsBefore("room, ready", () -> page("/interviews/c/" + this.candidate));
		this.browser.post("/interviews/i/" + this.interviewer + "/start").expect(302);
		assertSameAsBefore("room, running", () -> page("/interviews/c/" + this.candidate));
		assertSameAsBefore("room's live part", () -> page("/interviews/c/" + this.candidate + "/live"));
	}

	@Test
	void theScoringSheetIsAsBeforeWithAndWithoutRatings() {
		String sheet = "/interviews/i/" + this.interviewer + "/sheet";
		assertSameAsBefore("empty sheet", () -> page(sheet));
		Document form = this.browser.page(sheet);
		List<String> fields = new ArrayList<>(
				List.of("version", form.select("input[name=version]").val(), "action", "save", "overall", "3"));
		String[] ratings = { "1", "2", "3", "4", "na", "" };
		int i = 0;
		for (Element slot : form.select("input[name$=.slot]")) {
			String prefix = slot.attr("name").replace(".slot", "");
			fields.addAll(List.of(slot.attr("name"), slot.val(), prefix + ".rating", ratings[i++ % ratings.length],
					prefix + ".evidence", "Evidence " + i));
		}
		this.browser.post(sheet, fields.toArray(String[]::new)).expect(302);
		page(sheet); // the flash message "Draft saved."
		assertSameAsBefore("sheet with every kind of rating", () -> page(sheet));
		// A refused save re-renders the form with what was sent, unknown values included.
		fields.addAll(List.of("ratings[0].rating", "not-a-rating", "feedbackForCandidate", "x".repeat(10_001)));
		assertSameAsBefore("refused sheet", () -> this.browser.post(sheet, fields.toArray(String[]::new)).body());
	}

	@Test
	void thePracticePageIsAsBefore() {
		String attempt = this.browser.post("/questions/" + QUESTION + "/practice").location();
		assertSameAsBefore("practice, clarify", () -> page(attempt));
		for (String stage : List.of("APPROACH", "ANSWER", "REVIEW")) {
			Document page = this.browser.page(attempt);
			this.browser
				.post(attempt + "/stage", Map.of("target", stage, "stage", page.select("input[name=stage]").val(),
						"notes", "Notes", "revision", page.select("input[name=revision]").val()))
				.expect(302);
		}
		page(attempt);
		assertThat(page(attempt)).contains("Score yourself");
		assertSameAsBefore("practice, review", () -> page(attempt));
	}

	/**
	 * The candidate's pre-rendered prompt holds the prompt and nothing the interviewer
	 * judges by, and so does the room built with it at every stage.
	 */
	@Test
	void theCandidatesPreRenderedPartNeverCarriesInterviewerContent() {
		QuestionContent question = this.catalog.get(QUESTION);
		List<String> interviewerOnly = new ArrayList<>();
		this.rubric.rubricFor(question).forEach((criterion) -> {
			interviewerOnly.add(criterion.meaningHtml());
			interviewerOnly.addAll(criterion.levels());
		});
		interviewerOnly.addAll(List.of(question.clarifyHtml(), question.approachHtml(), question.modelAnswerHtml(),
				question.followUpsHtml(), question.sourcesHtml(), question.guide().versionNotesHtml()));
		question.guide().redFlags().forEach((flag) -> interviewerOnly.add(flag.html()));
		question.guide().wrongAnswers().forEach((wrong) -> interviewerOnly.add(wrong.whyHtml()));
		interviewerOnly.addAll(question.guide().seniorSignalsHtml());
		question.hints().forEach((hint) -> interviewerOnly.add(hint.html()));
		interviewerOnly.removeIf((html) -> html == null || html.isBlank());
		assertThat(interviewerOnly).hasSizeGreaterThan(20);

		String part = this.parts.candidatePrompt(question);
		assertThat(part).contains(question.promptHtml()).contains("<h3>Prompt</h3>");
		assertThat(interviewerOnly).allSatisfy((html) -> assertThat(part).doesNotContain(html));

		this.browser.post("/interviews/i/" + this.interviewer + "/start").expect(302);
		for (String stage : List.of("CLARIFY", "APPROACH", "ANSWER", "REVIEW")) {
			this.browser.post("/interviews/i/" + this.interviewer + "/stage", "target", stage).expect(302);
			String room = page("/interviews/c/" + this.candidate);
			assertThat(room).as("room at " + stage).contains(question.promptHtml());
			assertThat(interviewerOnly).allSatisfy((html) -> assertThat(room).doesNotContain(html));
		}
	}

	private String page(String path) {
		return this.browser.get(path).expect(200).body();
	}

	private static void assertSameAsBefore(String what, Supplier<String> page) {
		before = true;
		String was;
		try {
			was = page.get();
		}
		finally {
			before = false;
		}
		String now = page.get();
		assertThat(withoutCsrfTokens(now)).as(what).isEqualTo(withoutCsrfTokens(was));
		assertThat(now).as(what).doesNotContain("th:").doesNotContain("${");
	}

	private static String withoutCsrfTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
	}

	@TestConfiguration
	static class BeforeTemplates {

		/** A stopped clock: the timers show the same on both renderings. */
		@Bean
		@Primary
		Clock stoppedClock() {
			return Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
		}

		@Bean
		ITemplateResolver beforeTemplates() {
			ClassLoaderTemplateResolver copies = new ClassLoaderTemplateResolver();
			copies.setPrefix("prerender-before/");
			copies.setSuffix(".html");
			copies.setCharacterEncoding("UTF-8");
			copies.setCheckExistence(true);
			copies.setCacheable(false);
			return new ITemplateResolver() {
				@Override
				public String getName() {
					return "before";
				}

				@Override
				public Integer getOrder() {
					return 0;
				}

				@Override
				public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate,
						String template, Map<String, Object> templateResolutionAttributes) {
					return before ? copies.resolveTemplate(configuration, ownerTemplate, template,
							templateResolutionAttributes) : null;
				}
			};
		}

	}

}
