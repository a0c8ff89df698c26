package app.mockinterview.practice;

import java.time.Instant;

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
 * The replay of a practice attempt's notes on its review: each stage's notes as they were
 * at a minute of practice time, without JavaScript, from the history that autosaves keep.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class PracticeReplayTests {

	private static final String QUESTION = "spark-oom-troubleshooting";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PracticeRetention retention;

	private TestClient browser;

	private String attempt;

	@BeforeEach
	void startAnAttempt() {
		this.browser = TestClient.mockMvc(this.mvc);
		this.attempt = this.browser.post("/questions/" + QUESTION + "/practice")
			.expect(302)
			.location()
			.replaceAll(".*/", "");
	}

	private String page() {
		return "/practice/attempts/" + this.attempt;
	}

	private void autosave(String stage, String notes, long revision) {
		this.browser
			.autosave(page() + "/autosave", "stage", stage, "notes", notes, "revision", String.valueOf(revision))
			.expect(200);
	}

	private void moveTo(String target) {
		this.browser.post(page() + "/stage", "target", target).expect(302);
	}

	private int revisions() {
		return this.jdbc.queryForObject("select count(*) from notes_revision where attempt_id = ?", Integer.class,
				this.attempt);
	}

	/** Notes in clarify, four minutes, notes in approach, then the review. */
	private void practise() {
		autosave("CLARIFY", "CLARIFY-ONE with `code`", 1);
		autosave("CLARIFY", "CLARIFY-ONE with `code`", 2);
		this.jdbc.update("update attempt_stage set spent_millis = spent_millis + 240000 "
				+ "where attempt_id = ? and stage = 'CLARIFY'", this.attempt);
		moveTo("APPROACH");
		autosave("APPROACH", "APPROACH-TWO", 1);
	}

	@Test
	void theReviewReplaysEachStagesNotesAtTheChosenMinute() {
		practise();
		assertThat(revisions()).as("a save of the same text adds nothing").isEqualTo(2);
		assertThat(this.browser.page(page()).select("#replay")).isEmpty();
		assertThat(this.browser.get(page() + "/replay").status()).isEqualTo(404);
		moveTo("ANSWER");
		moveTo("REVIEW");

		Document review = this.browser.page(page() + "?at=2");
		Element replay = review.getElementById("replay");
		// Clarify, Approach, and the stages that have run for a moment since.
		assertThat(replay.select(".replay__marks li").eachText()).first().isEqualTo("0:00 Clarify");
		assertThat(replay.select(".replay__marks li").eachText().get(1)).matches("4:[0-5]\\d Approach");
		Element body = review.getElementById("replay-body");
		assertThat(body.text()).contains("At minute 2").contains("CLARIFY-ONE").doesNotContain("APPROACH-TWO");
		assertThat(body.select(".replay__part").get(1).text()).contains("Nothing written yet");
		assertThat(body.select(".prose code").text()).isEqualTo("code");
		assertThat(replay.selectFirst("form").attr("action")).isEqualTo(page() + "#replay-heading");

		String fragment = this.browser.get(page() + "/replay?at=99").body();
		assertThat(fragment).contains("CLARIFY-ONE").contains("APPROACH-TWO").contains("At the end");
	}

	@Test
	void theHistoryGoesWithItsAttempt() {
		practise();
		assertThat(revisions()).isEqualTo(2);
		this.retention.deleteUntouchedSince(Instant.now().plusSeconds(60));
		assertThat(revisions()).isZero();
	}

}
