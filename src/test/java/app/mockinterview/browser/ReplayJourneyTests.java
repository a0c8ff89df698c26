package app.mockinterview.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay, as people would use it: the candidate types in two stages, the interviewer
 * ends the interview, and dragging the console's timeline back to an earlier minute shows
 * the earlier notes, with the stage changes marked; then a practice attempt's review does
 * the same. Minutes of interview time are added to the stage clocks in the database, so
 * the journey need not wait for them.
 */
class ReplayJourneyTests extends TwoBrowserTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theConsolesTimelineShowsTheNotesAsTheyWereAtAnEarlierMinute() {
		Browser lead = this.interviewer;
		Browser room = this.candidate;
		lead.open("/questions/" + Journeys.SPARK_OOM).click("Run a mock interview");
		lead.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		String console = lead.path().replaceAll("#.*", "");
		String token = console.replaceAll(".*/", "");
		room.open(lead.find("#candidate-link").getDomProperty("value"));

		lead.click("Start the interview");
		room.waitFor((driver) -> room.text("#stage-heading").equals("Stage: Clarify"));
		room.type("#candidate-notes", "CLARIFY-NOTES: driver or executor?");
		lead.waitFor(Duration.ofSeconds(10), (driver) -> lead.text(".candidate-notes").contains("CLARIFY-NOTES"));
		this.jdbc.update("update interview_stage_clock set spent_millis = spent_millis + 180000 "
				+ "where position = 0 and stage = 'CLARIFY' and interview_id = "
				+ "(select interview_id from interviewer where token = ?)", token);

		lead.click("Next: Approach");
		room.waitFor(Duration.ofSeconds(10), (driver) -> room.text("#stage-heading").equals("Stage: Approach"));
		room.type("#candidate-notes", "CLARIFY-NOTES: driver or executor? APPROACH-NOTES: read the executor logs");
		lead.waitFor(Duration.ofSeconds(10), (driver) -> lead.text(".candidate-notes").contains("APPROACH-NOTES"));
		lead.click("End the interview");

		lead.open(console);
		assertThat(lead.text("#replay-body")).contains("At the end", "CLARIFY-NOTES", "APPROACH-NOTES");
		assertThat(lead.findAll(".replay__marks li")).hasSize(2);
		assertThat(lead.text(".replay__marks")).contains("0:00 Clarify").contains("Approach");
		assertThat(lead.find("#replay-range").isDisplayed()).as("the slider, with JavaScript").isTrue();
		PageChecks.check(lead, "console replay");
		PageChecks.screenshots(lead, "console-replay");

		// Drag back to minute 2 (with the keyboard, as the slider's input events go).
		WebElement range = lead.find("#replay-range");
		range.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		lead.waitFor(Duration.ofSeconds(10), (driver) -> lead.text("#replay-body").contains("At minute 2"));
		assertThat(lead.text("#replay-body")).contains("CLARIFY-NOTES").doesNotContain("APPROACH-NOTES");
		assertThat(lead.find("#replay-at").getDomProperty("value")).isEqualTo("2");
		assertThat(lead.path()).as("the address keeps the minute").contains("at=2");
		PageChecks.check(lead, "console replay at minute 2");

		lead.open(console + "/sheet?at=2");
		assertThat(lead.text("#replay-body")).contains("CLARIFY-NOTES").doesNotContain("APPROACH-NOTES");
		PageChecks.check(lead, "sheet replay");

		// The candidate gets their own replay once the feedback is shared.
		PairedInterviewJourneyTests.scoreTheSheet(lead, 2, "Asked about the driver first.");
		lead.type("#feedback", "Clear questions before any tuning.");
		lead.click("Submit and lock");
		lead.waitFor(Duration.ofSeconds(10), (driver) -> lead.mainText().contains("Submitted and locked"));
		lead.open(console).click("Share feedback with the candidate");
		room.open(room.path().replaceAll("#.*", ""));
		room.waitFor(Duration.ofSeconds(10), (driver) -> room.has("#replay-body"));
		assertThat(room.text("#replay-body")).contains("CLARIFY-NOTES", "APPROACH-NOTES");
		PageChecks.check(room, "candidate room replay");
	}

	@Test
	void thePracticeReviewReplaysTheNotesToo() {
		Browser browser = this.candidate;
		browser.open("/questions/" + Journeys.SPARK_OOM).click("Practice solo");
		String attempt = browser.path().replaceAll("#.*", "").replaceAll(".*/", "");
		Journeys.writeNotes(browser, "CLARIFY-PRACTICE: how big is the input?");
		this.jdbc.update("update attempt_stage set spent_millis = spent_millis + 120000 "
				+ "where attempt_id = ? and stage = 'CLARIFY'", attempt);
		browser.click("Next: Approach");
		Journeys.writeNotes(browser, "APPROACH-PRACTICE: the Spark UI");
		browser.click("Next: Answer");
		browser.click("Next: Review");

		assertThat(browser.text("#replay-body")).contains("CLARIFY-PRACTICE", "APPROACH-PRACTICE");
		PageChecks.check(browser, "practice review replay");
		PageChecks.screenshots(browser, "practice-replay");
		browser.find("#replay-range").sendKeys(Keys.HOME, Keys.ARROW_RIGHT);
		browser.waitFor(Duration.ofSeconds(10), (driver) -> browser.text("#replay-body").contains("At minute 1"));
		assertThat(browser.text("#replay-body")).contains("CLARIFY-PRACTICE").doesNotContain("APPROACH-PRACTICE");
		PageChecks.check(browser, "practice review replay at minute 1");
	}

}
