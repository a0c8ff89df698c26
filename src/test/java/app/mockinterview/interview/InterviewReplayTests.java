package app.mockinterview.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of the candidate's notes and its replay: autosaves add a revision only when
 * the text changed; after the interview the console and the sheet show the notes at a
 * chosen minute without JavaScript; the candidate sees their own replay only once the
 * feedback is shared, and nothing of the interviewers'.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class InterviewReplayTests {

	static final String QUESTION = "spark-data-skew-large-joins";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InterviewRetention retention;

	TestClient browser;

	String interviewer;

	String candidate;

	long interviewId;

	long revision;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		this.interviewer = this.browser
			.post("/interviews", "interviewerName", "Ines", "candidateName", "Carl", "questions", QUESTION)
			.expect(302)
			.location()
			.replace("/interviews/i/", "");
		this.candidate = this.browser.page(console()).select("#candidate-link").val().replaceAll(".*/", "");
		this.interviewId = this.jdbc.queryForObject("select interview_id from interviewer where token = ?", Long.class,
				this.interviewer);
	}

	String console() {
		return "/interviews/i/" + this.interviewer;
	}

	String room() {
		return "/interviews/c/" + this.candidate;
	}

	void control(String action, String... params) {
		this.browser.post(console() + "/" + action, params).expect(302);
	}

	void candidateTypes(String notes) {
		this.browser
			.autosave(room() + "/notes/autosave", "position", "0", "notes", notes, "revision",
					String.valueOf(++this.revision))
			.expect(200);
	}

	int revisions() {
		return this.jdbc.queryForObject("select count(*) from notes_revision where interview_id = ?", Integer.class,
				this.interviewId);
	}

	/** Five minutes of interview time pass in the current stage. */
	void fiveMinutesPass(String stage) {
		this.jdbc.update("update interview_stage_clock set spent_millis = spent_millis + 300000 "
				+ "where interview_id = ? and position = 0 and stage = ?", this.interviewId, stage);
	}

	/**
	 * The candidate types in clarify, five minutes pass, they type more in approach, and
	 * the interview ends.
	 */
	void interviewWithTwoStages() {
		control("start");
		candidateTypes("FIRST-THOUGHTS about **skew**");
		fiveMinutesPass("CLARIFY");
		control("stage", "target", "APPROACH");
		candidateTypes("FIRST-THOUGHTS about **skew**\nSALTED-JOIN plan");
		this.browser
			.autosave(console() + "/notes/autosave", "position", "0", "stage", "APPROACH", "notes",
					"INTERVIEWER-PRIVATE-NOTE", "revision", "1")
			.expect(200);
		control("end");
	}

	@Test
	void autosavesAddARevisionOnlyWhenTheTextChanged() {
		control("start");
		candidateTypes("a");
		candidateTypes("a");
		candidateTypes("ab");
		candidateTypes("ab");
		assertThat(revisions()).isEqualTo(2);
		// A stale save (an older revision) changes nothing, history included.
		this.browser.autosave(room() + "/notes/autosave", "position", "0", "notes", "stale", "revision", "1")
			.expect(409);
		assertThat(revisions()).isEqualTo(2);
		// The form save without JavaScript records too.
		this.browser
			.post(room() + "/notes", "position", "0", "notes", "abc", "revision", String.valueOf(++this.revision))
			.expect(302);
		assertThat(revisions()).isEqualTo(3);
	}

	@Test
	void theReplayOpensOnTheConsoleAndTheSheetOnlyAfterTheInterviewEnded() {
		control("start");
		candidateTypes("FIRST-THOUGHTS");
		assertThat(this.browser.page(console()).select("#replay")).isEmpty();
		assertThat(this.browser.get(console() + "/replay?at=0").status()).isEqualTo(404);
		control("end");
		assertThat(this.browser.page(console()).select("#replay")).hasSize(1);
		assertThat(this.browser.page(console() + "/sheet").select("#replay")).hasSize(1);
	}

	@Test
	void theConsoleShowsTheNotesAtTheChosenMinuteWithTheStagesMarked() {
		interviewWithTwoStages();
		Document end = this.browser.page(console());
		Element replay = end.getElementById("replay");
		assertThat(replay.select("#replay-body").text()).contains("SALTED-JOIN plan").contains("At the end");
		// The stage changes, each a link to its minute.
		// (Five minutes and the few seconds the test took.)
		assertThat(replay.select(".replay__marks li").eachText()).satisfiesExactly(
				(clarify) -> assertThat(clarify).isEqualTo("0:00 Clarify"),
				(approach) -> assertThat(approach).matches("5:[0-5]\\d Approach"));
		assertThat(replay.select(".replay__marks a").get(1).attr("href")).contains("at=5");
		assertThat(replay.select("line.replay__tick")).hasSize(2);
		// Without JavaScript: a GET form with the minute and "Show".
		Element form = replay.selectFirst("form.replay__form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("input[name=at][type=number]").attr("max")).isEqualTo("6");
		assertThat(form.select("button").text()).isEqualTo("Show");

		Document minute3 = this.browser.page(console() + "?at=3");
		Element body = minute3.getElementById("replay-body");
		assertThat(body.text()).contains("At minute 3 of 6").contains("FIRST-THOUGHTS").doesNotContain("SALTED-JOIN");
		assertThat(body.select(".prose strong").text()).as("rendered Markdown").isEqualTo("skew");
		assertThat(body.select("details pre").text()).as("the source").contains("**skew**");
		assertThat(minute3.select("#replay-at").val()).isEqualTo("3");

		Document sheet = this.browser.page(console() + "/sheet?at=2");
		assertThat(sheet.getElementById("replay-body").text()).contains("FIRST-THOUGHTS").doesNotContain("SALTED-JOIN");
		assertThat(sheet.select("#replay form").attr("action")).contains("/sheet");
	}

	@Test
	void theSlidersFragmentIsOnlyTheNotesAtThatMinute() {
		interviewWithTwoStages();
		TestClient.Response fragment = this.browser.get(console() + "/replay?at=1");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"replay-body\"")
			.contains("FIRST-THOUGHTS")
			.doesNotContain("SALTED-JOIN")
			.doesNotContain("<html");
		assertThat(this.browser.get(console() + "/replay?at=99").body()).contains("SALTED-JOIN");
	}

	@Test
	void theCandidateSeesTheirOwnReplayOnlyOnceFeedbackIsSharedAndNothingOfTheInterviewers() {
		interviewWithTwoStages();
		TestClient candidate = this.browser.newBrowser();
		assertThat(candidate.get(room() + "/replay?at=1").status()).isEqualTo(404);
		assertThat(candidate.page(room()).select("#replay")).isEmpty();

		submitSheetAndShare();
		TestClient.Response fragment = candidate.get(room() + "/replay?at=1");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).contains("FIRST-THOUGHTS").doesNotContain("SALTED-JOIN");
		Document page = candidate.page(room() + "?at=2");
		assertThat(page.getElementById("replay-body").text()).contains("FIRST-THOUGHTS").doesNotContain("SALTED-JOIN");
		assertThat(page.select("#replay form").attr("action")).isEqualTo(room() + "#replay-heading");
		for (String body : List.of(fragment.body(), page.outerHtml(), candidate.get(room() + "/replay").body())) {
			assertThat(body).doesNotContain("INTERVIEWER-PRIVATE-NOTE")
				.doesNotContain("PRIVATE-SHEET-NOTE")
				.doesNotContain("EVIDENCE-OF-THE-INTERVIEWER")
				.doesNotContain(this.interviewer);
		}
		// A made-up token and an interviewer's token open no candidate replay.
		assertThat(candidate.get("/interviews/c/" + app.mockinterview.link.CapabilityToken.generate() + "/replay")
			.status()).isEqualTo(404);
		assertThat(candidate.get("/interviews/c/" + this.interviewer + "/replay").status()).isEqualTo(404);
		assertThat(candidate.get("/interviews/i/" + this.candidate + "/replay").status()).isEqualTo(404);
	}

	@Test
	void theSheetsJsonExportCarriesTheHistory() {
		interviewWithTwoStages();
		String json = this.browser.get(console() + "/sheet.json").body();
		assertThat(json).contains("candidateNotesHistory").contains("FIRST-THOUGHTS").contains("SALTED-JOIN");
	}

	@Test
	void theHistoryGoesWithItsInterview() {
		interviewWithTwoStages();
		assertThat(revisions()).isEqualTo(2);
		this.retention.deleteUntouchedSince(Instant.now().plusSeconds(60));
		assertThat(revisions()).isZero();
	}

	void submitSheetAndShare() {
		Document sheet = this.browser.page(console() + "/sheet");
		List<String> fields = new ArrayList<>();
		for (Element slot : sheet.select("input[name$=.slot]")) {
			String prefix = slot.attr("name").replace(".slot", "");
			fields.addAll(List.of(slot.attr("name"), slot.val(), prefix + ".rating", "3", prefix + ".evidence",
					"EVIDENCE-OF-THE-INTERVIEWER"));
		}
		fields.addAll(List.of("version", sheet.select("input[name=version]").val(), "overall", "3",
				"feedbackForCandidate", "Shared words.", "privateNotes", "PRIVATE-SHEET-NOTE", "action", "submit"));
		this.browser.post(console() + "/sheet", fields.toArray(String[]::new)).expect(302);
		control("share-feedback");
	}

}
