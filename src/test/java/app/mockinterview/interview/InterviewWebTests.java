package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole mock interview through the web layer, from both sides.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class InterviewWebTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@Autowired
	MockMvc mvc;

	/** The browser that created the interview (and keeps its cookie). */
	TestClient browser;

	String interviewer;

	String candidate;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		TestClient.Response created = this.browser.post("/interviews", "interviewerName", "Ines", "candidateName",
				"Carl", "questions", QUESTION, "questions", "");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		this.interviewer = created.location().replace("/interviews/i/", "");
		assertThat(created.cookie(BrowserCookie.NAME)).isNotNull();
		this.candidate = this.browser.page("/interviews/i/" + this.interviewer)
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
	}

	void control(String action, Map<String, String> params) {
		assertThat(this.browser.post("/interviews/i/" + this.interviewer + "/" + action, params))
			.hasStatus(HttpStatus.FOUND);
	}

	/**
	 * Every slot of the sheet form rated with the given value, and an overall
	 * recommendation.
	 */
	TestClient.Response postSheet(String token, String rating, String action, Map<String, String> extra) {
		Document sheet = this.browser.page("/interviews/i/" + token + "/sheet?amend=true");
		List<String> fields = new ArrayList<>();
		for (Element slot : sheet.select("input[name$=.slot]")) {
			String prefix = slot.attr("name").replace(".slot", "");
			fields.addAll(List.of(slot.attr("name"), slot.val()));
			fields.addAll(List.of(prefix + ".rating", rating));
			fields.addAll(List.of(prefix + ".evidence",
					extra.getOrDefault(prefix + ".evidence", "Evidence for " + slot.val())));
		}
		fields.addAll(List.of("version", extra.getOrDefault("version", sheet.select("input[name=version]").val())));
		fields.addAll(List.of("overall", rating.equals("na") ? "2" : rating));
		fields.addAll(List.of("feedbackForCandidate",
				extra.getOrDefault("feedbackForCandidate", "Name the partition count earlier.")));
		fields.addAll(List.of("privateNotes", "PRIVATE-NOTE-XYZ"));
		fields.addAll(List.of("action", action));
		return this.browser.post("/interviews/i/" + token + "/sheet", fields.toArray(String[]::new));
	}

	/**
	 * The field is marked invalid and described by its error, which stands right after
	 * it.
	 */
	static void assertErrorBeside(Document page, String fieldId, String message) {
		Element field = page.getElementById(fieldId);
		assertThat(field).as(fieldId).isNotNull();
		assertThat(field.attr("aria-invalid")).as(fieldId).isEqualTo("true");
		assertThat(field.attr("aria-describedby")).as(fieldId).isEqualTo(fieldId + "-error");
		assertThat(field.nextElementSibling()).as(fieldId).isNotNull();
		assertThat(field.nextElementSibling().id()).isEqualTo(fieldId + "-error");
		assertThat(field.nextElementSibling().text()).isEqualTo(message);
	}

	@Autowired
	app.mockinterview.question.QuestionCatalog catalog;

	@Test
	void anInterviewCanBeAssembledByAreaWithoutRepeatingAQuestion() {
		TestClient.Response created = this.browser.post("/interviews", "questions", "area:sql", "questions", "area:sql",
				"questions", "area:system-design", "questions", "");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		Document console = this.browser.page(created.location());
		List<String> titles = console.select("#question-position option")
			.eachText()
			.stream()
			.map((option) -> option.replaceFirst("^\\d+\\. ", ""))
			.toList();
		assertThat(titles).hasSize(3).doesNotHaveDuplicates();
		List<app.mockinterview.question.Area> areas = titles.stream()
			.map((title) -> this.catalog.choices()
				.stream()
				.filter((q) -> q.title().equals(title))
				.findFirst()
				.orElseThrow()
				.area())
			.toList();
		assertThat(areas).containsExactly(app.mockinterview.question.Area.SQL, app.mockinterview.question.Area.SQL,
				app.mockinterview.question.Area.SYSTEM_DESIGN);
	}

	@Test
	void anUnknownAreaIsExplainedAndTheFormKeepsWhatWasChosen() {
		TestClient.Response refused = this.browser.post("/interviews", "interviewerName", "Ines", "questions",
				"area:astrology");
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = refused.document();
		assertThat(page.select("#questions-error").text()).contains("There is no area called \"astrology\"");
		assertThat(page.select("#interviewerName").val()).isEqualTo("Ines");
	}

	@Test
	void aTooLongNameIsRefusedBesideItsFieldAndWhatWasTypedComesBack() {
		String name = "n".repeat(101);
		TestClient.Response refused = this.browser.post("/interviews", "interviewerName", "Ines", "candidateName", name,
				"questions", QUESTION);
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = refused.document();
		assertThat(page.select("#candidateName").val()).isEqualTo(name);
		assertErrorBeside(page, "candidateName", "Names can be at most 100 characters.");
		assertThat(page.select("#interviewerName").val()).isEqualTo("Ines");
		assertThat(page.select("#interviewerName").attr("aria-invalid")).isEmpty();
		assertThat(page.select("#interviewerName-error")).isEmpty();
		assertThat(page.select("#question-0 option[selected]").val()).isEqualTo(QUESTION);
	}

	@Test
	void theConsoleShowsTheGuideAndTheCandidateLink() {
		Document console = this.browser.page("/interviews/i/" + this.interviewer);
		assertThat(console.select("h1").text()).contains("Ines interviewing Carl");
		assertThat(console.select("#candidate-link").val()).endsWith("/interviews/c/" + this.candidate);
		assertThat(console.select(".guide summary").eachText()).contains("Model answer", "Follow-ups to ask");
		assertThat(console.select(".guide a[href='#scoring-heading']").text()).startsWith("What to look for");
		assertThat(console.select("#scoring legend").eachText()).as("the rubric, in the scoring")
			.contains("Communication");
		assertThat(console.select("#scoring fieldset.criterion").first().select(".rating-option__level")).hasSize(4);
		assertThat(console.select("#scoring fieldset.criterion").first().select(".rating-option__label").first().text())
			.isEqualTo("1 · Strong no");
		assertThat(console.select(".guide summary").eachText())
			.contains("Red flags, common wrong answers and what a senior answer adds");
		assertThat(console.select(".guide .red-flags li").first().text()).startsWith("At most ");
		assertThat(console.select(".guide .wrong-answers dt")).isNotEmpty();
	}

	@Test
	void everyRatingOnTheSheetSaysWhatItMeansForItsCriterionWithItsRedFlagsBeside() {
		Document sheet = this.browser.page("/interviews/i/" + this.interviewer + "/sheet");
		Element first = sheet.select("fieldset.criterion").first();
		assertThat(first.select(".rating-option__level")).hasSize(4)
			.allSatisfy((level) -> assertThat(level.text()).isNotBlank());
		assertThat(first.select(".rating-option__label").eachText()).startsWith("1 · Strong no", "2 · Lean no",
				"3 · Lean yes", "4 · Strong yes");
		assertThat(sheet.select("fieldset.criterion .red-flags li")).isNotEmpty()
			.allSatisfy((flag) -> assertThat(flag.text()).startsWith("Caps at "));
		assertThat(sheet.select(".guide-details summary").text()).startsWith("Red flags");
	}

	@Test
	void theCandidateRoomShowsOnlyThePromptAndTheStage() {
		Document room = this.browser.page("/interviews/c/" + this.candidate);
		assertThat(room.select("#stage-heading").text()).isEqualTo("Waiting for the interviewer to start");
		assertThat(room.select(".prose").text()).isNotBlank();
		assertThat(room.text()).doesNotContain("Model answer", "Follow-ups", "What to look for", "Red flags",
				"Common wrong answers", "What a senior answer adds", "Caps at", "At most");
		assertThat(room.select(".rating-option__level, .red-flags, .wrong-answers, .senior-signals")).isEmpty();
	}

	@Test
	void theCandidateRoomFollowsTheInterviewersStage() {
		control("start", Map.of());
		control("stage", Map.of("target", "APPROACH"));
		assertThat(this.browser.page("/interviews/c/" + this.candidate + "/live").select("#stage-heading").text())
			.isEqualTo("Stage: Approach");
		control("pause", Map.of());
		assertThat(this.browser.page("/interviews/c/" + this.candidate).select(".eyebrow").text()).contains("paused");
	}

	@Test
	void theConsoleShowsTheCandidatesNotes() {
		TestClient.Response saved = this.browser.post("/interviews/c/" + this.candidate + "/notes/autosave", "position",
				"0", "notes", "Scale consumers to the partition count", "revision", "1");
		assertThat(saved).hasStatusOk();
		assertThat(this.browser.page("/interviews/i/" + this.interviewer + "/live").select(".candidate-notes").text())
			.contains("Scale consumers to the partition count");
	}

	@Test
	void theCandidatesNotesArePreviewedAndShownOnTheConsoleAsRenderedMarkdown() {
		String notes = "```sql\nselect 1 from t\n```\n\n```mermaid\ngraph LR\nA[Kafka] --> B[(Lake)]\n```\n";
		TestClient.Response saved = autosaveCandidateNotes(notes, 1);
		assertThat(saved).hasStatusOk();
		Document preview = org.jsoup.Jsoup
			.parseBodyFragment(com.jayway.jsonpath.JsonPath.read(saved.body(), "$.preview"));
		assertThat(preview.select("code.language-sql .tok-kw").eachText()).containsExactly("select", "from");
		assertThat(preview.select("svg.diagram text").eachText()).contains("Kafka", "Lake");
		Document live = this.browser.page("/interviews/i/" + this.interviewer + "/live");
		assertThat(live.select(".candidate-notes .notes-rendered svg.diagram title").text())
			.isEqualTo("Flowchart: Kafka, Lake (2 nodes, 1 edge)");
		assertThat(live.select(".candidate-notes details.notes-source pre").text()).contains("A[Kafka] --> B[(Lake)]");
		Document room = this.browser.page("/interviews/c/" + this.candidate);
		assertThat(room.select("[data-notes-preview][hidden] svg.diagram")).as("the preview waits for the scripts")
			.hasSize(1);
	}

	@Test
	void notesAutosavesAnswerInTheSameFormatAsPractice() {
		TestClient.Response saved = autosaveCandidateNotes("First draft", 5);
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.status").isEqualTo("saved");
		assertThat(saved).bodyJson().extractingPath("$.revision").isEqualTo(5);
		assertThat(saved).bodyJson().extractingPath("$.savedAt").asString().matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

		TestClient.Response stale = autosaveCandidateNotes("An older tab", 3);
		assertThat(stale).hasStatus(409);
		assertThat(stale).bodyJson().extractingPath("$.status").isEqualTo("stale");
		assertThat(stale).bodyJson().extractingPath("$.revision").as("the stored revision").isEqualTo(5);

		TestClient.Response tooLarge = autosaveCandidateNotes("x".repeat(101 * 1024), 6);
		assertThat(tooLarge).hasStatus(413);
		assertThat(tooLarge).bodyJson().extractingPath("$.message").asString().contains("at most 100 KB");
	}

	private TestClient.Response autosaveCandidateNotes(String notes, long revision) {
		return this.browser.post("/interviews/c/" + this.candidate + "/notes/autosave", "position", "0", "notes", notes,
				"revision", String.valueOf(revision));
	}

	@Test
	void timeLimitsCanBeExtendedHiddenAndTurnedOff() {
		control("start", Map.of());
		control("extend", Map.of("minutes", "5"));
		Document console = this.browser.page("/interviews/i/" + this.interviewer);
		assertThat(console.select(".timer").attr("data-limit")).isEqualTo(String.valueOf((4 + 5) * 60));
		control("timer", Map.of("limitsOff", "true"));
		assertThat(this.browser.page("/interviews/i/" + this.interviewer).select(".timer").attr("data-limit"))
			.isEqualTo("0");
		control("timer", Map.of("hidden", "true"));
		assertThat(this.browser.page("/interviews/c/" + this.candidate).select(".timer")).isEmpty();
	}

	@Test
	void beforeTheStartTheConsoleOffersOnlyToStart() {
		Document console = this.browser.page("/interviews/i/" + this.interviewer);
		assertThat(console.select(".controls button").eachText()).contains("Start the interview")
			.noneMatch((text) -> text.startsWith("Next") || text.startsWith("←"));
		assertThat(console.select(".stepper button:not([disabled])")).as("stages to jump to before the start")
			.isEmpty();
	}

	@Test
	void afterTheEndTheConsoleOffersTheScoringSheetInsteadOfTimeAndStageControls() {
		control("start", Map.of());
		control("end", Map.of());
		Document console = this.browser.page("/interviews/i/" + this.interviewer);
		assertThat(console.select(".controls").text()).doesNotContain("Extend", "Hide the timer", "No time limits");
		assertThat(console.select(".stepper").text()).doesNotContain("go to");
		assertThat(console.select(".controls a.button").text()).isEqualTo("Fill in your scoring sheet");
		assertThat(console.select(".controls a.button").attr("href"))
			.endsWith("/interviews/i/" + this.interviewer + "/sheet");
	}

	@Test
	void theBrowserThatCreatedItListsItWithItsLinks() {
		Document page = this.browser.get("/interviews").document();
		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody a").eachAttr("href")).contains("/interviews/i/" + this.interviewer,
				"/interviews/c/" + this.candidate);
	}

	@Test
	void creatingWithoutAQuestionExplainsWhatIsMissing() {
		TestClient.Response result = this.browser.post("/interviews", Map.of("interviewerName", "Ines"));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = result.document();
		assertThat(page.select("fieldset.question-picker #questions-error").text())
			.isEqualTo("Choose at least one question.");
		assertThat(page.select("fieldset.question-picker").attr("aria-describedby")).isEqualTo("questions-error");
		assertThat(page.select("#question-0").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#interviewerName").val()).isEqualTo("Ines");
	}

	@Test
	void tokenPagesAreNeitherCachedNorLeakedThroughTheReferrer() {
		for (String url : List.of("/interviews/i/" + this.interviewer, "/interviews/i/" + this.interviewer + "/sheet",
				"/interviews/c/" + this.candidate)) {
			assertThat(this.browser.get(url)).as(url)
				.hasStatusOk()
				.hasHeader("Cache-Control", "no-store")
				.hasHeader("Referrer-Policy", "no-referrer");
		}
	}

	/**
	 * Scoring the current question on the console, into the one scoring sheet; the form
	 * posts without JavaScript, and autosaves with it through the sheet's autosave.
	 */
	@Nested
	class ConsoleScoring {

		String console() {
			return "/interviews/i/" + InterviewWebTests.this.interviewer;
		}

		/** The console's scoring form for its first criterion, with what is given. */
		List<String> firstCriterion(Document console, String rating, String evidence) {
			Element slot = console.select("#scoring input[name$=.slot]").first();
			String prefix = slot.attr("name").replace(".slot", "");
			return new ArrayList<>(List.of("version", console.select("#scoring input[name=version]").val(),
					slot.attr("name"), slot.val(), prefix + ".rating", rating, prefix + ".evidence", evidence));
		}

		@Test
		void aRatingSavedOnTheConsoleIsOnTheSheetAndLeavesTheRestOfTheSheetAsItWas() {
			postSheet(InterviewWebTests.this.interviewer, "2", "save", Map.of());
			Document console = InterviewWebTests.this.browser.page(console());
			assertThat(console.select("#scoring fieldset.criterion").size())
				.isEqualTo(console.select("#scoring input[name$=.slot]").size())
				.isGreaterThan(1);
			List<String> fields = firstCriterion(console, "4", "[3:07] Named the partition count first.");
			TestClient.Response saved = InterviewWebTests.this.browser.post(console() + "/scoring",
					fields.toArray(String[]::new));
			assertThat(saved).hasStatus(HttpStatus.FOUND);
			assertThat(saved.location()).endsWith(console() + "#scoring-heading");
			assertThat(InterviewWebTests.this.browser.page(console()).select(".message--success").text())
				.isEqualTo("Ratings and evidence saved to your scoring sheet.");

			Document sheet = InterviewWebTests.this.browser.page(console() + "/sheet");
			assertThat(sheet.select("input[name='ratings[0].rating'][checked]").val()).isEqualTo("4");
			assertThat(sheet.select("#evidence-0").text()).isEqualTo("[3:07] Named the partition count first.");
			assertThat(sheet.select("input[name='ratings[1].rating'][checked]").val()).as("a criterion not posted")
				.isEqualTo("2");
			assertThat(sheet.select("#feedback").text()).isEqualTo("Name the partition count earlier.");
			assertThat(sheet.select("#private").text()).isEqualTo("PRIVATE-NOTE-XYZ");
			assertThat(sheet.select("input[name=overall][checked]").val()).isEqualTo("2");
		}

		@Test
		void theConsoleAutosavesThroughTheSheetsAutosaveWithTheSameVersions() {
			Document console = InterviewWebTests.this.browser.page(console());
			List<String> fields = firstCriterion(console, "3", "Typed while listening.");
			fields.addAll(List.of("part", "ratings"));
			TestClient.Response saved = InterviewWebTests.this.browser.post(console() + "/sheet/autosave",
					fields.toArray(String[]::new));
			assertThat(saved).hasStatusOk();
			assertThat(saved).bodyJson().extractingPath("$.status").isEqualTo("saved");
			assertThat(InterviewWebTests.this.browser.page(console() + "/sheet").select("#evidence-0").text())
				.isEqualTo("Typed while listening.");
			TestClient.Response stale = InterviewWebTests.this.browser.post(console() + "/sheet/autosave",
					fields.toArray(String[]::new));
			assertThat(stale).hasStatus(HttpStatus.CONFLICT);
			assertThat(stale).bodyJson().extractingPath("$.status").isEqualTo("stale");
		}

		@Test
		void tooLongEvidenceIsRefusedBesideItsFieldAndWhatWasTypedComesBack() {
			Document console = InterviewWebTests.this.browser.page(console());
			String evidence = "e".repeat(4001);
			TestClient.Response refused = InterviewWebTests.this.browser.post(console() + "/scoring",
					firstCriterion(console, "3", evidence).toArray(String[]::new));
			assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = refused.document();
			String id = page.select("#scoring textarea").first().id();
			assertThat(page.select("#" + id).text()).isEqualTo(evidence);
			assertErrorBeside(page, id, "Evidence can be at most 4000 characters per criterion.");
			assertThat(page.select("#scoring fieldset.criterion").first().select("input[type=radio][checked]").val())
				.isEqualTo("3");
		}

		@Test
		void aStaleConsoleFormIsRefusedAndKeepsWhatWasTyped() {
			Document console = InterviewWebTests.this.browser.page(console());
			InterviewWebTests.this.browser.post(console() + "/scoring",
					firstCriterion(console, "3", "First save.").toArray(String[]::new));
			TestClient.Response stale = InterviewWebTests.this.browser.post(console() + "/scoring",
					firstCriterion(console, "1", "From an older tab.").toArray(String[]::new));
			assertThat(stale).hasStatus(HttpStatus.CONFLICT);
			assertThat(stale.document().select(".message--error").text()).contains("changed after you opened it");
			assertThat(stale.document().select("#scoring textarea").first().text()).isEqualTo("From an older tab.");
			assertThat(InterviewWebTests.this.browser.page(console() + "/sheet").select("#evidence-0").text())
				.isEqualTo("First save.");
		}

		@Test
		void afterSubmittingTheConsoleShowsTheScoringReadOnlyWithItsTimeStamps() {
			Document console = InterviewWebTests.this.browser.page(console());
			postSheet(InterviewWebTests.this.interviewer, "3", "submit",
					Map.of("ratings[0].evidence", "[12:34] Sized <b>partitions</b> & consumers."));
			Document locked = InterviewWebTests.this.browser.page(console());
			assertThat(locked.select("#scoring form")).isEmpty();
			assertThat(locked.select("#scoring td").text()).contains("3 · Lean yes",
					"[12:34] Sized <b>partitions</b> & consumers.");
			assertThat(locked.select("#scoring td time.stamp").attr("datetime")).isEqualTo("PT12M34S");
			assertThat(locked.select("#scoring td b")).as("typed markup stays text").isEmpty();
			TestClient.Response refused = InterviewWebTests.this.browser.post(console() + "/scoring",
					firstCriterion(console, "1", "Too late.").toArray(String[]::new));
			assertThat(refused).hasStatus(HttpStatus.CONFLICT);
			assertThat(refused.document().select(".message--error").text()).contains("amend it on the sheet page");

			Document sheet = InterviewWebTests.this.browser.page(console() + "/sheet");
			assertThat(sheet.select(".score-table time.stamp").text()).isEqualTo("[12:34]");
			assertThat(InterviewWebTests.this.browser.page(console() + "/sheet/print").select("time.stamp").text())
				.isEqualTo("[12:34]");
			assertThat(InterviewWebTests.this.browser.get(console() + "/sheet.csv").body())
				.contains("[12:34] Sized <b>partitions</b> & consumers.");
		}

	}

	@Nested
	class Scoring {

		@Test
		void submittingAnIncompleteSheetIsRefusedAndKeepsTheEntries() {
			TestClient.Response result = postSheet(InterviewWebTests.this.interviewer, "", "submit", Map.of());
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = result.document();
			assertThat(page.select(".message--error").text()).startsWith("The sheet is not complete.");
			assertThat(page.select("textarea[name$=.evidence]").first().text()).startsWith("Evidence for");
		}

		@Test
		void textsOverTheirLimitsAreRefusedBesideTheirFieldsAndKeepWhatWasTyped() {
			String feedback = "f".repeat(10001);
			String evidence = "e".repeat(4001);
			TestClient.Response result = postSheet(InterviewWebTests.this.interviewer, "3", "save",
					Map.of("feedbackForCandidate", feedback, "ratings[0].evidence", evidence));
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = result.document();
			assertThat(page.select("#feedback").text()).isEqualTo(feedback);
			assertErrorBeside(page, "feedback", "Feedback for the candidate can be at most 10000 characters.");
			assertThat(page.select("#evidence-0").text()).isEqualTo(evidence);
			assertErrorBeside(page, "evidence-0", "Evidence can be at most 4000 characters per criterion.");
			assertThat(page.select("#evidence-1").attr("aria-invalid")).isEmpty();
			assertThat(page.select("#private").attr("aria-invalid")).isEmpty();
			assertThat(page.select("#private-error")).isEmpty();
			assertThat(page.select("input[name='ratings[0].rating'][checked]").val()).isEqualTo("3");
			assertThat(page.select("textarea[name=privateNotes]").text()).isEqualTo("PRIVATE-NOTE-XYZ");
		}

		@Test
		void aSubmittedSheetIsLockedAndAnAmendmentIsRecorded() {
			assertThat(postSheet(InterviewWebTests.this.interviewer, "3", "submit", Map.of()))
				.hasStatus(HttpStatus.FOUND);
			Document locked = InterviewWebTests.this.browser
				.page("/interviews/i/" + InterviewWebTests.this.interviewer + "/sheet");
			assertThat(locked.select("form.sheet-form")).isEmpty();
			assertThat(locked.text()).contains("Submitted and locked");
			assertThat(postSheet(InterviewWebTests.this.interviewer, "4", "save", Map.of()))
				.hasStatus(HttpStatus.FOUND);
			Document amended = InterviewWebTests.this.browser
				.page("/interviews/i/" + InterviewWebTests.this.interviewer + "/sheet");
			assertThat(amended.select("#history-heading + ol li").text()).contains("Ines").contains("3 → 4");
		}

		@Test
		void aStaleFormGetsAMessageInsteadOfOverwriting() {
			postSheet(InterviewWebTests.this.interviewer, "2", "save", Map.of());
			TestClient.Response stale = postSheet(InterviewWebTests.this.interviewer, "4", "save",
					Map.of("version", "0"));
			assertThat(stale).hasStatus(HttpStatus.CONFLICT);
			assertThat(stale.document().select(".message--error").text()).contains("changed after you opened it");
		}

		@Test
		void feedbackIsSharedOnlyAfterSubmittingAndTheCandidateSeesItAfterRatingThemselves() {
			assertThat(InterviewWebTests.this.browser
				.post("/interviews/i/" + InterviewWebTests.this.interviewer + "/share-feedback"))
				.hasStatus(HttpStatus.FOUND);
			assertThat(InterviewWebTests.this.browser.page("/interviews/c/" + InterviewWebTests.this.candidate)
				.select("#feedback-heading")).isEmpty();
			control("start", Map.of());
			control("stage", Map.of("target", "REVIEW"));
			postSheet(InterviewWebTests.this.interviewer, "3", "submit", Map.of());
			control("share-feedback", Map.of());
			Document before = InterviewWebTests.this.browser.page("/interviews/c/" + InterviewWebTests.this.candidate);
			assertThat(before.select("#feedback-heading")).as("blind until the candidate rated").isEmpty();
			List<String> ratings = new ArrayList<>();
			List<Element> slots = before.select("input[name$=.slot]");
			for (Element slot : slots) {
				ratings.addAll(List.of(slot.attr("name"), slot.val()));
				ratings.addAll(List.of(slot.attr("name").replace(".slot", ".rating"), "1"));
			}
			assertThat(InterviewWebTests.this.browser.post(
					"/interviews/c/" + InterviewWebTests.this.candidate + "/self-assessment",
					ratings.toArray(String[]::new)))
				.hasStatus(HttpStatus.FOUND);
			Document after = InterviewWebTests.this.browser.page("/interviews/c/" + InterviewWebTests.this.candidate);
			assertThat(after.select("#feedback-heading")).isNotEmpty();
			assertThat(after.text()).contains("Name the partition count earlier.").doesNotContain("PRIVATE-NOTE-XYZ");
			assertThat(after.select("#feedback-heading ~ .table-scroll table tbody tr").first().text())
				.contains("3 · Lean yes")
				.contains("1 · Strong no")
				.contains("-2");
		}

		@Test
		void anIncompleteSelfAssessmentMarksTheCriteriaLeftUnratedAndKeepsTheRatingsGiven() {
			control("start", Map.of());
			control("stage", Map.of("target", "REVIEW"));
			String room = "/interviews/c/" + InterviewWebTests.this.candidate;
			List<Element> slots = InterviewWebTests.this.browser.page(room).select("input[name$=.slot]");
			assertThat(slots).hasSizeGreaterThan(1);
			List<String> fields = new ArrayList<>();
			slots.forEach((slot) -> fields.addAll(List.of(slot.attr("name"), slot.val())));
			fields.addAll(List.of("ratings[0].rating", "na"));
			TestClient.Response refused = InterviewWebTests.this.browser.post(room + "/self-assessment",
					fields.toArray(String[]::new));
			assertThat(refused).hasStatusOk();
			Document page = refused.document();
			assertThat(page.select(".message--error").text()).startsWith("Rate yourself on every criterion");
			Element first = page.select("form.self-score fieldset.criterion").first();
			assertThat(first.hasClass("criterion--missing")).isFalse();
			assertThat(first.select("input[value=na]").attr("checked")).as("the rating given comes back")
				.isEqualTo("checked");
			Element second = page.select("form.self-score fieldset.criterion").get(1);
			assertThat(second.hasClass("criterion--missing")).isTrue();
			assertThat(second.attr("aria-describedby")).isEqualTo("self-1-error");
			assertThat(second.select("#self-1-error").text())
				.isEqualTo("Not rated yet: choose a rating or “not assessed”.");
			assertThat(page.select("form.self-score fieldset.criterion--missing")).hasSize(slots.size() - 1);
		}

		@Test
		void sharingBeforeTheCandidateRatedThemselvesSaysTheyRateThemselvesFirst() {
			control("start", Map.of());
			control("stage", Map.of("target", "REVIEW"));
			postSheet(InterviewWebTests.this.interviewer, "3", "submit", Map.of());
			TestClient.Response shared = InterviewWebTests.this.browser
				.post("/interviews/i/" + InterviewWebTests.this.interviewer + "/share-feedback");
			assertThat(shared.mvc().getMvcResult().getFlashMap().get("notice")).asString()
				.isEqualTo("Feedback shared: the candidate sees it once they have rated themselves.");
			assertThat(InterviewWebTests.this.browser.page("/interviews/i/" + InterviewWebTests.this.interviewer)
				.select("#sheet-heading ~ p")
				.text())
				.contains("Feedback is shared with the candidate. They see it once they have rated themselves.");
		}

		@Test
		void theCandidatesFeedbackReachesTheInterviewListAndARejectedOneKeepsWhatWasTyped() {
			control("start", Map.of());
			control("end", Map.of());
			String room = "/interviews/c/" + InterviewWebTests.this.candidate;
			TestClient.Response rejected = InterviewWebTests.this.browser.post(room + "/feedback", "comment",
					"The prompt about lag was clear.", "clarity", "4");
			assertThat(rejected).hasStatusOk();
			Document again = rejected.document();
			assertErrorBeside(again, "helpfulness", "Rate the helpfulness of the hints from 1 to 5.");
			assertThat(again.select("#helpfulness-error").text()).contains("from 1 to 5");
			assertThat(again.select("#clarity-error")).as("clarity was given").isEmpty();
			assertThat(again.select("#comment").val()).isEqualTo("The prompt about lag was clear.");
			assertThat(again.select("#clarity option[selected]").val()).isEqualTo("4");

			assertThat(InterviewWebTests.this.browser.post(room + "/feedback", "comment",
					"The prompt about lag was clear.", "clarity", "4", "helpfulness", "5"))
				.hasStatus(HttpStatus.FOUND);
			assertThat(InterviewWebTests.this.browser.page(room).select("#for-interviewer-heading"))
				.as("asked only once")
				.isEmpty();
			Document list = InterviewWebTests.this.browser.get("/interviews").document();
			assertThat(list.select("tbody").text()).contains("The prompt about lag was clear.")
				.contains("Clarity 4/5 · hints 5/5");
		}

		@Test
		void exportsTheSheetAsCsvJsonAndAMarkdownSummary() {
			postSheet(InterviewWebTests.this.interviewer, "3", "submit", Map.of());
			String base = "/interviews/i/" + InterviewWebTests.this.interviewer;
			TestClient.Response csv = InterviewWebTests.this.browser.get(base + "/sheet.csv");
			assertThat(csv).hasStatusOk()
				.hasHeader("Content-Disposition", "attachment; filename=\"scoring-sheet.csv\"");
			assertThat(csv).bodyText()
				.startsWith("interviewer,candidate,round,question")
				.contains("\"Ines\",\"Carl\",\"1\",\"1\"")
				.contains("\"Communication\",\"3 · Lean yes\"");
			assertThat(InterviewWebTests.this.browser.get(base + "/sheet.json")).hasStatusOk()
				.bodyJson()
				.extractingPath("$.overall")
				.isEqualTo("3 · Lean yes");
			assertThat(InterviewWebTests.this.browser.get(base + "/sheet/summary")).hasStatusOk()
				.bodyText()
				.contains("Overall recommendation: **3 · Lean yes**")
				.contains("| 1 | Communication | 3 · Lean yes |")
				.doesNotContain("PRIVATE-NOTE-XYZ");
		}

		@Test
		void aSecondInterviewerScoresBlindUntilBothSubmitThenSheetsAreCompared() {
			control("interviewers", Map.of("name", "Sam"));
			String invitation = InterviewWebTests.this.browser
				.page("/interviews/i/" + InterviewWebTests.this.interviewer)
				.select("input[aria-label^=Invitation link]")
				.val()
				.replaceAll(".*/", "");
			String sam = InterviewWebTests.this.browser.post("/interviews/join/" + invitation)
				.location()
				.replaceAll(".*/", "");
			assertThat(sam).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(InterviewWebTests.this.interviewer);
			postSheet(InterviewWebTests.this.interviewer, "1", "submit", Map.of());
			assertThat(
					InterviewWebTests.this.browser.page("/interviews/i/" + sam + "/comparison").select(".empty").text())
				.contains("Not yet.");
			assertThat(InterviewWebTests.this.browser.page("/interviews").select("svg.chart, .chart__marker"))
				.as("the list keeps the sheets blind too")
				.isEmpty();
			assertThat(InterviewWebTests.this.browser.get("/interviews/i/" + sam + "/sheets.csv")).bodyText()
				.doesNotContain("\"Ines\"");
			postSheet(sam, "3", "submit", Map.of());
			Document comparison = InterviewWebTests.this.browser.page("/interviews/i/" + sam + "/comparison");
			assertThat(comparison.select("thead th").eachText()).contains("Ines", "Sam");
			assertThat(comparison.select("tr.row--far")).isNotEmpty();
			Element calibration = comparison.select("section.calibration").first();
			assertThat(calibration.select(".calibration__grid h3").eachText()).containsExactly("Ines: 1 · Strong no",
					"Sam: 3 · Lean yes");
			assertThat(calibration.select(".evidence").eachText()).hasSize(2)
				.allSatisfy((evidence) -> assertThat(evidence).startsWith("Evidence for "));
			assertThat(calibration.select(".level-list dt").eachText()).containsExactly("1 · Strong no", "2 · Lean no",
					"3 · Lean yes", "4 · Strong yes");
			assertThat(calibration.select(".level-list dd")).allSatisfy((dd) -> assertThat(dd.text()).isNotBlank());

			// The same ratings as a picture beside the table: Ines's circles on level 1,
			// Sam's squares on 3.
			int criteria = comparison.select(".score-table tbody tr").size() - 1;
			Element chart = comparison.select("svg.chart--dots[role=img]").first();
			assertThat(chart.attr("aria-labelledby")).isEqualTo("ratings-chart-title");
			assertThat(chart.select("path.chart__marker--0")).hasSize(criteria)
				.allSatisfy((marker) -> assertThat(marker.attr("d")).startsWith("M169 ").contains(" a5.5 5.5 "));
			assertThat(chart.select("path.chart__marker--1")).hasSize(criteria)
				.allSatisfy((marker) -> assertThat(marker.attr("d")).startsWith("M275.6 ").contains(" H285.5 "));
			assertThat(chart.select("rect.chart__band")).as("every row is far apart").hasSize(criteria);
			assertThat(chart.select("desc").text()).contains("Communication: Ines 1 · Strong no, Sam 3 · Lean yes.");
			assertThat(comparison.select(".chart-legend li").eachText()).containsExactly("Ines", "Sam");
			Element listed = InterviewWebTests.this.browser.page("/interviews").select("svg.chart--compact").first();
			assertThat(listed.select("path.chart__marker--0")).hasSize(criteria);
			assertThat(listed.select("path.chart__marker--1")).hasSize(criteria);
			assertThat(listed.select("desc").text()).contains("Ines 1 · Strong no, Sam 3 · Lean yes");
			assertThat(InterviewWebTests.this.browser.get("/interviews/i/" + sam + "/sheets.csv")).bodyText()
				.contains("\"Ines\"")
				.contains("\"Sam\"");
		}

	}

	@Test
	void theListDrawsSubmittedRatingsButNeverThoseOfARoundWhereThisBrowserIsTheCandidate() {
		control("swap", Map.of("questionId", "spark-oom-troubleshooting"));
		String nextConsole = this.browser.page("/interviews/c/" + this.candidate)
			.select("a:contains(Open your interviewer console)")
			.attr("href");
		postSheet(this.interviewer, "3", "submit", Map.of());
		postSheet(nextConsole.replaceAll(".*/", ""), "2", "submit", Map.of());
		Document list = this.browser.page("/interviews");
		Element first = list.select("tbody tr:has(td:eq(1):matchesOwn(^1$))").first();
		Element second = list.select("tbody tr:has(td:eq(1):matchesOwn(^2$))").first();
		assertThat(first.select("svg.chart--compact .chart__marker--0")).isNotEmpty();
		assertThat(first.select("a:contains(Compare)")).as("one interviewer: nothing to compare").isEmpty();
		assertThat(second.select("svg, .chart__marker")).as("this browser is the candidate of round 2").isEmpty();
		assertThat(second.text()).doesNotContain("Lean no");
	}

	@Test
	void swappingRolesCreatesTheNextRoundWithTheFormerCandidateInterviewing() {
		control("swap", Map.of("questionId", "spark-oom-troubleshooting"));
		Document room = this.browser.page("/interviews/c/" + this.candidate);
		String nextConsole = room.select("a:contains(Open your interviewer console)").attr("href");
		assertThat(nextConsole).contains("/interviews/i/");
		Document console = this.browser.page(nextConsole.substring(nextConsole.indexOf("/interviews/")));
		assertThat(console.select("h1").text()).contains("round 2").contains("Carl interviewing Ines");
		Document original = this.browser.page("/interviews/i/" + this.interviewer);
		String ownRoom = original.select("a:contains(your candidate room)").attr("href");
		assertThat(this.browser.page(ownRoom.substring(ownRoom.indexOf("/interviews/"))).select("h1").text())
			.contains("Welcome, Ines");
	}

	@Test
	void printsTheFilledSheetAndABlankSheetOnePageBlockPerQuestion() {
		Document print = this.browser.page("/interviews/i/" + this.interviewer + "/sheet/print");
		assertThat(print.select(".print-block")).hasSize(1);
		assertThat(print.select(".print-table tbody tr")).hasSizeGreaterThan(4);
		Document blank = this.browser.page("/sheets/blank/" + QUESTION);
		assertThat(blank.select(".print-block")).hasSize(1);
		assertThat(blank.select(".print-followups li")).isNotEmpty();
		assertThat(blank.select(".print-scale").text()).contains("Strong no").contains("Strong yes");
	}

}
