package app.mockinterview.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
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
 * A candidate practising alone, through the web layer: start, the stages, hints,
 * autosave, review, self-score, resume and My practice.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class PracticeFlowTests {

	private static final String QUESTION = "spark-oom-troubleshooting";

	@Autowired
	MockMvc mvc;

	/** The candidate's browser, which started the attempt. */
	private TestClient browser;

	private String attempt;

	private TestClient.Cookie profile;

	@BeforeEach
	void startAnAttempt() {
		this.browser = TestClient.mockMvc(this.mvc);
		TestClient.Response started = this.browser.post("/questions/" + QUESTION + "/practice");
		assertThat(started).hasStatus(HttpStatus.FOUND);
		String location = started.location();
		assertThat(location).matches("/practice/attempts/[A-Za-z0-9_-]{22}");
		this.attempt = location.substring(location.lastIndexOf('/') + 1);
		this.profile = started.cookie(ProfileCookie.NAME);
	}

	/** The attempt's page. */
	private Document page() {
		return this.browser.page("/practice/attempts/" + this.attempt);
	}

	/** A form of the attempt's page. */
	private TestClient.Response post(String action, Map<String, String> fields) {
		return this.browser.post("/practice/attempts/" + this.attempt + "/" + action, fields);
	}

	private TestClient.Response autosave(String stage, String notes, long revision) {
		return this.browser.autosave("/practice/attempts/" + this.attempt + "/autosave", "stage", stage, "notes", notes,
				"revision", String.valueOf(revision));
	}

	/**
	 * The self-score form as the review page has it, every criterion rated by its place,
	 * with extra fields (name, value, ...).
	 */
	private TestClient.Response selfScore(IntFunction<String> rating, List<String> extra) {
		List<String> fields = new ArrayList<>();
		var keys = page().select("input[name$=.key]");
		for (int i = 0; i < keys.size(); i++) {
			fields.addAll(List.of("ratings[" + i + "].key", keys.get(i).val()));
			fields.addAll(List.of("ratings[" + i + "].rating", rating.apply(i)));
		}
		fields.addAll(extra);
		return this.browser.post("/practice/attempts/" + this.attempt + "/self-score", fields.toArray(String[]::new));
	}

	private void moveTo(String target) {
		assertThat(post("stage", Map.of("target", target))).hasStatus(HttpStatus.FOUND);
	}

	private void goToReview() {
		moveTo("APPROACH");
		moveTo("ANSWER");
		moveTo("REVIEW");
	}

	@Test
	void startSetsALongLivedHttpOnlyProfileCookie() {
		assertThat(this.profile).isNotNull();
		assertThat(this.profile.httpOnly()).isTrue();
		assertThat(this.profile.maxAge()).isGreaterThan(60 * 60 * 24 * 365);
		assertThat(this.profile.attribute("SameSite")).isEqualTo("Lax");
		assertThat(this.profile.value()).matches("[A-Za-z0-9_-]{22}");
	}

	@Test
	void theFirstStageShowsThePromptItsPurposeANotesEditorAndTheTimer() {
		Document page = page();
		assertThat(page.select("#stage-heading").text()).isEqualTo("Clarify");
		assertThat(page.select(".stage-purpose").text()).contains("Ask questions");
		assertThat(page.select("#prompt-heading + .prose").text()).isNotBlank();
		assertThat(page.select("label[for=notes]")).isNotEmpty();
		assertThat(page.select(".timer").attr("data-limit")).isEqualTo("240");
		assertThat(page.select(".stepper li[aria-current=step]").text()).contains("Clarify");
		assertThat(page.select(".hints__list li")).as("no hint until asked").isEmpty();
		assertThat(page.select(".compare")).as("no model answer before review").isEmpty();
		assertThat(page.text()).doesNotContain("Model answer");
	}

	@Test
	void aSavedNoteIsShownWhenTheAttemptIsOpenedAgain() {
		TestClient.Response saved = post("notes",
				Map.of("stage", "CLARIFY", "notes", "Which executors fail?", "revision", "1"));
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved.cookie("flash")).as("the message travels in a cookie").isNotNull();
		Document page = this.browser.get("/practice/attempts/" + this.attempt).document();
		assertThat(page.select("#notes").text()).isEqualTo("Which executors fail?");
		assertThat(page.select("input[name=revision]").val()).isEqualTo("2");
		assertThat(page.select(".message--success").text()).isEqualTo("Notes saved.");
	}

	@Test
	void movingOnSavesTheNotesThatCameWithTheForm() {
		assertThat(post("stage",
				Map.of("target", "APPROACH", "stage", "CLARIFY", "notes", "Assume 2 TB of input", "revision", "1")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/practice/attempts/" + this.attempt + "#stage-heading");
		assertThat(page().select("#stage-heading").text()).isEqualTo("Approach");
		moveTo("CLARIFY");
		assertThat(page().select("#notes").text()).isEqualTo("Assume 2 TB of input");
	}

	@Test
	void skippingAheadPastAnUnvisitedStageIsRefusedAndLosesNothing() {
		TestClient.Response refused = post("stage",
				Map.of("target", "ANSWER", "stage", "CLARIFY", "notes", "typed but not saved", "revision", "1"));
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		Document page = refused.document();
		assertThat(page.select(".message--error").text()).contains("Answer is not open yet");
		assertThat(page.select("#notes").text()).isEqualTo("typed but not saved");
		assertThat(page().select("#stage-heading").text()).isEqualTo("Clarify");
	}

	@Test
	void revealsHintsOneAtATimeAndCountsThem() {
		post("hints", Map.of());
		Document page = page();
		assertThat(page.select(".hints__list li")).hasSize(1);
		post("hints", Map.of());
		assertThat(page().select(".hints__list li")).hasSize(2);
		goToReview();
		assertThat(page().select(".summary-list").text()).contains("Hints used 2");
	}

	@Test
	void relaxedModeDropsTheTimeLimitAndTheTimerCanBeHidden() {
		post("settings", Map.of("relaxed", "true"));
		Document page = page();
		assertThat(page.select(".timer").attr("data-limit")).isEqualTo("0");
		assertThat(page.select(".timer").text()).contains("no time limit");
		post("settings", Map.of("relaxed", "true", "timerHidden", "true"));
		assertThat(page().select(".timer")).isEmpty();
	}

	@Nested
	class Autosave {

		@Test
		void acknowledgesASaveWithItsRevision() {
			assertThat(autosave("CLARIFY", "draft one", 1)).hasStatusOk().bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.status").isEqualTo("saved");
				assertThat(json).extractingPath("$.revision").isEqualTo(1);
				assertThat(json).extractingPath("$.preview").isEqualTo("<p>draft one</p>");
			});
			assertThat(page().select("#notes").text()).isEqualTo("draft one");
		}

		@Test
		void neverLetsAnOlderSaveOverwriteANewerOne() {
			autosave("CLARIFY", "newer text", 5);
			assertThat(autosave("CLARIFY", "older text arriving late", 4)).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo("stale");
			assertThat(page().select("#notes").text()).isEqualTo("newer text");
		}

		@Test
		void refusesNotesOverTheLimitAndKeepsWhatWasStored() {
			autosave("CLARIFY", "kept", 1);
			assertThat(autosave("CLARIFY", "x".repeat(100 * 1024 + 1), 2)).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE)
				.bodyJson()
				.extractingPath("$.message")
				.asString()
				.contains("at most 100 KB");
			assertThat(page().select("#notes").text()).isEqualTo("kept");
		}

		@Test
		void refusesAnOversizedFormSaveWithTheTextStillOnThePage() {
			String tooLong = "y".repeat(100 * 1024 + 1);
			TestClient.Response result = post("notes", Map.of("stage", "CLARIFY", "notes", tooLong, "revision", "1"));
			assertThat(result).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			assertThat(result.document().select("#notes").text()).hasSize(tooLong.length());
		}

		@Test
		void oversizedNotesAreExplainedBesideTheNotesField() {
			String tooLong = "y".repeat(100 * 1024 + 1);
			TestClient.Response result = post("stage",
					Map.of("target", "APPROACH", "stage", "CLARIFY", "notes", tooLong, "revision", "1"));
			assertThat(result).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			Document page = result.document();
			assertThat(page.select("#notes").text()).hasSize(tooLong.length());
			assertThat(page.select("#notes").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#notes").attr("aria-describedby")).isEqualTo("notes-error");
			assertThat(page.select("#notes + #notes-error").text()).contains("at most 100 KB fit");
			assertThat(page().select("#stage-heading").text()).as("nothing moved").isEqualTo("Clarify");
		}

		@Test
		void keepsNotesOfEachStageApart() {
			autosave("CLARIFY", "clarify notes", 1);
			moveTo("APPROACH");
			autosave("APPROACH", "approach notes", 1);
			assertThat(page().select("#notes").text()).isEqualTo("approach notes");
			moveTo("CLARIFY");
			assertThat(page().select("#notes").text()).isEqualTo("clarify notes");
		}

		@Test
		void answers404ForAnUnknownAttempt() {
			assertThat(PracticeFlowTests.this.browser.post("/practice/attempts/AAAAAAAAAAAAAAAAAAAAAA/autosave",
					"stage", "CLARIFY", "notes", "x", "revision", "1"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void requiresTheCsrfToken() {
			assertThat(PracticeFlowTests.this.browser.postWithoutToken(
					"/practice/attempts/" + PracticeFlowTests.this.attempt + "/autosave",
					Map.of("stage", "CLARIFY", "notes", "forged", "revision", "1")))
				.hasStatus(HttpStatus.FORBIDDEN);
		}

	}

	@Nested
	class Review {

		@Test
		void showsEachStagesNotesBesideTheGuidanceWithFollowUps() {
			autosave("CLARIFY", "**Ask** about executor memory", 1);
			goToReview();
			Document page = page();
			assertThat(page.select("#stage-heading").text()).isEqualTo("Review");
			assertThat(page.select(".compare")).hasSize(3);
			assertThat(page.select(".compare").first().select(".compare__mine strong").text()).isEqualTo("Ask");
			assertThat(page.select(".compare").last().select(".compare__model h4").text()).isEqualTo("Model answer");
			assertThat(page.text()).contains("Follow-ups to check yourself against");
			assertThat(page.select(".judging-guide h4").eachText()).contains("Red flags", "Common wrong answers",
					"What a senior answer adds");
		}

		@Test
		void selfScoringShowsWhatEachRatingMeansForTheCriterionAndItsRedFlags() {
			goToReview();
			Document page = page();
			org.jsoup.nodes.Element first = page.select(".self-score fieldset.criterion").first();
			assertThat(first.select(".rating-option__level")).hasSize(4)
				.allSatisfy((level) -> assertThat(level.text()).isNotBlank());
			assertThat(page.select(".self-score fieldset.criterion"))
				.allSatisfy((criterion) -> assertThat(criterion.select(".rating-option__level")).hasSize(4));
			assertThat(page.select(".self-score .red-flags li")).isNotEmpty();
		}

		@Test
		void rendersNotesAsMarkdownWithoutAnythingExecutable() {
			autosave("CLARIFY",
					"<script>alert(1)</script> [x](javascript:alert(2)) [y](<javascript:alert(4)>) <img src=x onerror=alert(3)>",
					1);
			goToReview();
			Document page = page();
			org.jsoup.nodes.Element mine = page.select(".compare").first().select(".compare__mine").first();
			assertThat(mine.select("script, img, iframe, svg")).isEmpty();
			assertThat(mine.select("*")).allSatisfy((element) -> assertThat(element.attributes().asList())
				.noneSatisfy((attribute) -> assertThat(attribute.getKey()).startsWith("on")));
			assertThat(mine.select("a[href]"))
				.allSatisfy((link) -> assertThat(link.attr("href")).doesNotStartWithIgnoringCase("javascript:"));
			assertThat(mine.text()).contains("<script>alert(1)</script>");
		}

		@Test
		void refusesAnIncompleteSelfScoreAndKeepsTheRatingsGiven() {
			goToReview();
			TestClient.Response result = post("self-score",
					Map.of("ratings[0].key", "communication", "ratings[0].rating", "3", "ratings[0].note", "clear"));
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = result.document();
			assertThat(page.select(".message--error").text()).startsWith("Rate every criterion before finishing.");
			assertThat(page.select("input[value=communication] ~ .rating-options input[checked]").val()).isEqualTo("3");
		}

		@Test
		void anIncompleteSelfScoreOpensAtTheFormWithTheUnratedCriteriaMarked() {
			goToReview();
			assertThat(page().select("form.self-score").attr("action")).endsWith("/self-score#self-score-heading");
			Document page = post("self-score", Map.of("ratings[0].key", "communication", "ratings[0].rating", "3"))
				.document();
			assertThat(page.select("fieldset.criterion--missing legend").eachText()).isNotEmpty()
				.doesNotContain("Communication")
				.hasSize(page.select("fieldset.criterion").size() - 1);
			assertThat(page.select("fieldset.criterion--missing .field-error").first().text())
				.isEqualTo("Not rated yet: choose a rating.");
			org.jsoup.nodes.Element missing = page.select("fieldset.criterion--missing").first();
			assertThat(missing.attr("aria-describedby")).isEqualTo(missing.select(".field-error").first().attr("id"));
		}

		@Test
		void aNoteOverItsLimitIsRefusedBesideItAndEverythingGivenComesBack() {
			goToReview();
			String note = "n".repeat(2001);
			TestClient.Response result = selfScore((i) -> "2", List.of("ratings[1].note", note));
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = result.document();
			assertThat(page.select("fieldset.criterion--missing")).as("every criterion is rated").isEmpty();
			assertThat(page.select("#note-1").text()).isEqualTo(note);
			assertThat(page.select("#note-1").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#note-1").attr("aria-describedby")).isEqualTo("note-1-error");
			assertThat(page.select("#note-1 + #note-1-error").text())
				.isEqualTo("This note is 2001 characters; keep it under 2000.");
			assertThat(page.select("#note-0").attr("aria-invalid")).isEmpty();
			assertThat(page.select("input[name='ratings[1].rating'][checked]").val()).isEqualTo("2");
			assertThat(page().select("#stage-heading").text()).as("not completed").isEqualTo("Review");
		}

		@Test
		void aCompleteSelfScoreFinishesTheAttemptWhichThenIsReadOnly() {
			goToReview();
			int criteria = page().select("input[name$=.key]").size();
			assertThat(selfScore((i) -> (i == 0) ? "1" : "4", List.of())).hasStatus(HttpStatus.FOUND);
			Document done = page();
			assertThat(done.select("#stage-heading").text()).isEqualTo("Your completed attempt");
			assertThat(done.select(".score-table tbody tr")).hasSize(criteria);
			assertThat(done.select(".score-table tbody tr").first().text()).contains("1 · Strong no");
			assertThat(done.select("#notes")).isEmpty();
			assertThat(autosave("CLARIFY", "too late", 99)).hasStatus(HttpStatus.CONFLICT);
			assertThat(post("stage", Map.of("target", "CLARIFY"))).hasStatus(HttpStatus.CONFLICT);
		}

	}

	@Nested
	class MyPracticePage {

		/** My practice, in the browser that practised. */
		private Document myPractice() {
			return PracticeFlowTests.this.browser.page("/practice");
		}

		@Test
		void listsTheAttemptWithItsStatusAndOffersToResumeIt() {
			Document page = myPractice();
			assertThat(page.select(".attempts-table tbody tr")).hasSize(1);
			assertThat(page.select(".attempts-table tbody tr").text()).contains("In progress (Clarify)");
			assertThat(page.select(".attempts-table a:contains(Resume)").attr("href"))
				.isEqualTo("/practice/attempts/" + PracticeFlowTests.this.attempt);
		}

		@Test
		void showsTheTimeSpentToTheSecond() {
			Document page = myPractice();
			assertThat(page.select(".attempts-table thead th").get(3).text()).isEqualTo("Time");
			assertThat(page.select(".attempts-table tbody tr > *").get(3).text()).as("a first minute is not \"0 min\"")
				.matches("0:[0-5][0-9]");
		}

		@Test
		void suggestsQuestionsNeverTriedFirst() {
			Document page = myPractice();
			assertThat(page.select(".suggestions li")).hasSize(3).allSatisfy((item) -> {
				assertThat(item.text()).contains("not practised yet");
				assertThat(item.select("a").attr("href")).isNotEqualTo("/questions/" + QUESTION);
			});
		}

		@Test
		void showsAPersonalLinkThatRestoresTheProfileInAnotherBrowser() {
			Document page = myPractice();
			String link = page.select("#personal-link").val();
			assertThat(link).endsWith("/practice/profile/" + PracticeFlowTests.this.profile.value());
			String path = link.substring(link.indexOf("/practice/"));
			TestClient another = PracticeFlowTests.this.browser.newBrowser();
			TestClient.Response asked = another.get(path);
			assertThat(asked).hasStatusOk();
			assertThat(asked.document().select("form[method=post]").attr("action")).isEqualTo(path);
			TestClient.Response restored = another.post(path);
			assertThat(restored).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/practice");
			assertThat(restored.cookie(ProfileCookie.NAME).value()).isEqualTo(PracticeFlowTests.this.profile.value());
		}

		@Test
		void openingSomeoneElsesPersonalLinkOnlyAsksAndSwitchingCanBeUndone() throws Exception {
			// Another browser, which has practised on its own.
			TestClient other = PracticeFlowTests.this.browser.newBrowser();
			String mine = other.post("/questions/" + QUESTION + "/practice").cookie(ProfileCookie.NAME).value();
			String theirs = "/practice/profile/" + PracticeFlowTests.this.profile.value();

			TestClient.Response asked = other.get(theirs);
			assertThat(asked).hasStatusOk();
			assertThat(asked.cookie(ProfileCookie.NAME)).isNull();
			assertThat(asked.document().text()).contains("1 practice attempt")
				.doesNotContain(PracticeFlowTests.this.attempt);
			assertThat(asked.body()).doesNotContain(PracticeFlowTests.this.attempt);

			TestClient.Response switched = other.post(theirs);
			assertThat(switched.cookie(ProfileCookie.NAME).value()).isEqualTo(PracticeFlowTests.this.profile.value());
			TestClient.Cookie previous = switched.cookie(ProfileCookie.PREVIOUS);
			assertThat(previous.value()).isEqualTo(mine);

			Document page = other.get("/practice").document();
			String back = page.select("form:contains(Switch back)").attr("action");
			assertThat(back).isEqualTo("/practice/profile/" + mine);
			TestClient.Response undone = other.post(back);
			assertThat(undone.cookie(ProfileCookie.NAME).value()).isEqualTo(mine);
		}

		@Test
		void aBrowserWithoutAProfileSeesHowToStart() {
			TestClient.Response result = PracticeFlowTests.this.browser.newBrowser().get("/practice");
			assertThat(result.document().select(".empty").text()).contains("You have not practised yet");
		}

		@Test
		void anUnknownPersonalLinkIsNotFound() {
			assertThat(PracticeFlowTests.this.browser.get("/practice/profile/AAAAAAAAAAAAAAAAAAAAAA"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Test
	void attemptPagesAreNeitherCachedNorLeakedThroughTheReferrer() {
		TestClient.Response result = this.browser.get("/practice/attempts/" + this.attempt);
		assertThat(result).hasHeader("Cache-Control", "no-store").hasHeader("Referrer-Policy", "no-referrer");
	}

	@Test
	void anUnknownAttemptIsNotFound() {
		assertThat(this.browser.get("/practice/attempts/not-a-token")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
