package app.mockinterview.practice;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A candidate practising alone, through the web layer: start, the stages, hints,
 * autosave, review, self-score, resume and My practice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeFlowTests {

	private static final String QUESTION = "spark-oom-troubleshooting";

	@Autowired
	MockMvcTester mvc;

	private String attempt;

	private Cookie profile;

	@BeforeEach
	void startAnAttempt() {
		MvcTestResult started = this.mvc.post().uri("/questions/" + QUESTION + "/practice").with(csrf()).exchange();
		assertThat(started).hasStatus(HttpStatus.FOUND);
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/practice/attempts/[A-Za-z0-9_-]{22}");
		this.attempt = location.substring(location.lastIndexOf('/') + 1);
		this.profile = started.getResponse().getCookie(ProfileCookie.NAME);
	}

	private Document page() {
		MvcTestResult result = this.mvc.get().uri("/practice/attempts/" + this.attempt).exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult post(String action, Map<String, String> fields) {
		var request = this.mvc.post().uri("/practice/attempts/" + this.attempt + "/" + action).with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	private MvcTestResult autosave(String stage, String notes, long revision) {
		return this.mvc.post()
			.uri("/practice/attempts/" + this.attempt + "/autosave")
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)
			.param("stage", stage)
			.param("notes", notes)
			.param("revision", String.valueOf(revision))
			.exchange();
	}

	/**
	 * The self-score form as the review page has it, every criterion rated by its place,
	 * with extra fields.
	 */
	private MvcTestResult selfScore(IntFunction<String> rating, Map<String, String> extra) {
		var request = this.mvc.post().uri("/practice/attempts/" + this.attempt + "/self-score").with(csrf());
		var keys = page().select("input[name$=.key]");
		for (int i = 0; i < keys.size(); i++) {
			request.param("ratings[" + i + "].key", keys.get(i).val());
			request.param("ratings[" + i + "].rating", rating.apply(i));
		}
		extra.forEach((name, value) -> request.param(name, value));
		return request.exchange();
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
		assertThat(this.profile.isHttpOnly()).isTrue();
		assertThat(this.profile.getMaxAge()).isGreaterThan(60 * 60 * 24 * 365);
		assertThat(this.profile.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(this.profile.getValue()).matches("[A-Za-z0-9_-]{22}");
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
		MvcTestResult saved = post("notes",
				Map.of("stage", "CLARIFY", "notes", "Which executors fail?", "revision", "1"));
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		Cookie flash = saved.getResponse().getCookie("flash");
		Document page = parse(this.mvc.get().uri("/practice/attempts/" + this.attempt).cookie(flash).exchange());
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
		MvcTestResult refused = post("stage",
				Map.of("target", "ANSWER", "stage", "CLARIFY", "notes", "typed but not saved", "revision", "1"));
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		Document page = parse(refused);
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
			MvcTestResult result = post("notes", Map.of("stage", "CLARIFY", "notes", tooLong, "revision", "1"));
			assertThat(result).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			assertThat(parse(result).select("#notes").text()).hasSize(tooLong.length());
		}

		@Test
		void oversizedNotesAreExplainedBesideTheNotesField() {
			String tooLong = "y".repeat(100 * 1024 + 1);
			MvcTestResult result = post("stage",
					Map.of("target", "APPROACH", "stage", "CLARIFY", "notes", tooLong, "revision", "1"));
			assertThat(result).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			Document page = parse(result);
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
			assertThat(PracticeFlowTests.this.mvc.post()
				.uri("/practice/attempts/AAAAAAAAAAAAAAAAAAAAAA/autosave")
				.with(csrf())
				.param("stage", "CLARIFY")
				.param("notes", "x")
				.param("revision", "1")
				.exchange()).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void requiresTheCsrfToken() {
			assertThat(PracticeFlowTests.this.mvc.post()
				.uri("/practice/attempts/" + PracticeFlowTests.this.attempt + "/autosave")
				.param("stage", "CLARIFY")
				.param("notes", "forged")
				.param("revision", "1")
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
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
			MvcTestResult result = post("self-score",
					Map.of("ratings[0].key", "communication", "ratings[0].rating", "3", "ratings[0].note", "clear"));
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = parse(result);
			assertThat(page.select(".message--error").text()).startsWith("Rate every criterion before finishing.");
			assertThat(page.select("input[value=communication] ~ .rating-options input[checked]").val()).isEqualTo("3");
		}

		@Test
		void aNoteOverItsLimitIsRefusedBesideItAndEverythingGivenComesBack() {
			goToReview();
			String note = "n".repeat(2001);
			MvcTestResult result = selfScore((i) -> "2", Map.of("ratings[1].note", note));
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = parse(result);
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
		void anIncompleteSelfScoreOpensAtTheFormWithTheUnratedCriteriaMarked() {
			goToReview();
			assertThat(page().select("form.self-score").attr("action")).endsWith("/self-score#self-score-heading");
			Document page = parse(
					post("self-score", Map.of("ratings[0].key", "communication", "ratings[0].rating", "3")));
			assertThat(page.select("fieldset.criterion--missing legend").eachText()).isNotEmpty()
				.doesNotContain("Communication")
				.hasSize(page.select("fieldset.criterion").size() - 1);
			assertThat(page.select("fieldset.criterion--missing .field-error").first().text())
				.isEqualTo("Not rated yet: choose a rating.");
			org.jsoup.nodes.Element missing = page.select("fieldset.criterion--missing").first();
			assertThat(missing.attr("aria-describedby")).isEqualTo(missing.select(".field-error").first().attr("id"));
		}

		@Test
		void aCompleteSelfScoreFinishesTheAttemptWhichThenIsReadOnly() {
			goToReview();
			int criteria = page().select("input[name$=.key]").size();
			assertThat(selfScore((i) -> (i == 0) ? "1" : "4", Map.of())).hasStatus(HttpStatus.FOUND);
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

		private Document myPractice(Cookie cookie) {
			MvcTestResult result = PracticeFlowTests.this.mvc.get().uri("/practice").cookie(cookie).exchange();
			assertThat(result).hasStatusOk();
			return parse(result);
		}

		@Test
		void listsTheAttemptWithItsStatusAndOffersToResumeIt() {
			Document page = myPractice(PracticeFlowTests.this.profile);
			assertThat(page.select(".attempts-table tbody tr")).hasSize(1);
			assertThat(page.select(".attempts-table tbody tr").text()).contains("In progress (Clarify)");
			assertThat(page.select(".attempts-table a:contains(Resume)").attr("href"))
				.isEqualTo("/practice/attempts/" + PracticeFlowTests.this.attempt);
		}

		@Test
		void showsTheTimeSpentToTheSecond() {
			Document page = myPractice(PracticeFlowTests.this.profile);
			assertThat(page.select(".attempts-table thead th").get(3).text()).isEqualTo("Time");
			assertThat(page.select(".attempts-table tbody tr > *").get(3).text()).as("a first minute is not \"0 min\"")
				.matches("0:[0-5][0-9]");
		}

		@Test
		void suggestsQuestionsNeverTriedFirst() {
			Document page = myPractice(PracticeFlowTests.this.profile);
			assertThat(page.select(".suggestions li")).hasSize(3).allSatisfy((item) -> {
				assertThat(item.text()).contains("not practised yet");
				assertThat(item.select("a").attr("href")).isNotEqualTo("/questions/" + QUESTION);
			});
		}

		@Test
		void showsAPersonalLinkThatRestoresTheProfileInAnotherBrowser() {
			Document page = myPractice(PracticeFlowTests.this.profile);
			String link = page.select("#personal-link").val();
			assertThat(link).endsWith("/practice/profile/" + PracticeFlowTests.this.profile.getValue());
			String path = link.substring(link.indexOf("/practice/"));
			MvcTestResult asked = PracticeFlowTests.this.mvc.get().uri(path).exchange();
			assertThat(asked).hasStatusOk();
			assertThat(parse(asked).select("form[method=post]").attr("action")).isEqualTo(path);
			MvcTestResult restored = PracticeFlowTests.this.mvc.post().uri(path).with(csrf()).exchange();
			assertThat(restored).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/practice");
			assertThat(restored.getResponse().getCookie(ProfileCookie.NAME).getValue())
				.isEqualTo(PracticeFlowTests.this.profile.getValue());
		}

		@Test
		void openingSomeoneElsesPersonalLinkOnlyAsksAndSwitchingCanBeUndone() throws Exception {
			Cookie mine = PracticeFlowTests.this.mvc.post()
				.uri("/questions/" + QUESTION + "/practice")
				.with(csrf())
				.exchange()
				.getResponse()
				.getCookie(ProfileCookie.NAME);
			String theirs = "/practice/profile/" + PracticeFlowTests.this.profile.getValue();

			MvcTestResult asked = PracticeFlowTests.this.mvc.get().uri(theirs).cookie(mine).exchange();
			assertThat(asked).hasStatusOk();
			assertThat(asked.getResponse().getCookie(ProfileCookie.NAME)).isNull();
			assertThat(parse(asked).text()).contains("1 practice attempt")
				.doesNotContain(PracticeFlowTests.this.attempt);
			assertThat(asked.getResponse().getContentAsString()).doesNotContain(PracticeFlowTests.this.attempt);

			MvcTestResult switched = PracticeFlowTests.this.mvc.post().uri(theirs).cookie(mine).with(csrf()).exchange();
			assertThat(switched.getResponse().getCookie(ProfileCookie.NAME).getValue())
				.isEqualTo(PracticeFlowTests.this.profile.getValue());
			Cookie previous = switched.getResponse().getCookie(ProfileCookie.PREVIOUS);
			assertThat(previous.getValue()).isEqualTo(mine.getValue());

			Document page = parse(PracticeFlowTests.this.mvc.get()
				.uri("/practice")
				.cookie(switched.getResponse().getCookie(ProfileCookie.NAME), previous)
				.exchange());
			String back = page.select("form:contains(Switch back)").attr("action");
			assertThat(back).isEqualTo("/practice/profile/" + mine.getValue());
			MvcTestResult undone = PracticeFlowTests.this.mvc.post()
				.uri(back)
				.cookie(switched.getResponse().getCookie(ProfileCookie.NAME), previous)
				.with(csrf())
				.exchange();
			assertThat(undone.getResponse().getCookie(ProfileCookie.NAME).getValue()).isEqualTo(mine.getValue());
		}

		@Test
		void aBrowserWithoutAProfileSeesHowToStart() {
			MvcTestResult result = PracticeFlowTests.this.mvc.get().uri("/practice").exchange();
			assertThat(parse(result).select(".empty").text()).contains("You have not practised yet");
		}

		@Test
		void anUnknownPersonalLinkIsNotFound() {
			assertThat(PracticeFlowTests.this.mvc.get().uri("/practice/profile/AAAAAAAAAAAAAAAAAAAAAA").exchange())
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Test
	void attemptPagesAreNeitherCachedNorLeakedThroughTheReferrer() {
		MvcTestResult result = this.mvc.get().uri("/practice/attempts/" + this.attempt).exchange();
		assertThat(result).hasHeader("Cache-Control", "no-store").hasHeader("Referrer-Policy", "no-referrer");
	}

	@Test
	void anUnknownAttemptIsNotFound() {
		assertThat(this.mvc.get().uri("/practice/attempts/not-a-token").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
