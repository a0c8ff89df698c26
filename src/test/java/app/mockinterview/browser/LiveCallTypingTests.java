package app.mockinterview.browser;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type during a live call is never lost and the page never moves away from
 * them: an interviewer at 1280 px and a candidate on a 375 px phone, as on a real video
 * call. A "Leave site?" prompt fails any of these journeys ({@link Browser#click}).
 */
class LiveCallTypingTests extends TwoBrowserTests {

	/** The candidate follows on a phone-sized window. */
	@BeforeAll
	void candidateOnAPhone() {
		this.candidate.driver().manage().window().setSize(new Dimension(375, 812));
	}

	@Test
	void aPrivateNoteTypedJustBeforeAStageChangeOrALinkIsSaved() {
		Browser lead = this.interviewer;
		String console = newInterview(lead);
		lead.click("Start the interview");

		lead.find("#private-notes").sendKeys("Asked about the input size before anything else.");
		lead.click("Next: Approach");
		assertThat(lead.text("#stage-heading")).endsWith("Approach");
		assertThat(lead.text(".timestamped")).as("the Clarify note typed just before the stage change")
			.contains("Q1 · Clarify", "Asked about the input size before anything else.");

		lead.find("#private-notes").sendKeys("Went straight to executor memory.");
		lead.click("Your scoring sheet (draft)");
		lead.open(console);
		assertThat(lead.text(".timestamped")).as("the Approach note typed just before following a link")
			.contains("Q1 · Approach", "Went straight to executor memory.");
	}

	@Test
	void theConsoleKeepsTheReadersPlaceThroughLiveUpdates() {
		Browser lead = this.interviewer;
		Browser room = this.candidate;
		newInterview(lead);
		room.open(lead.find("#candidate-link").getDomProperty("value"));
		lead.click("Start the interview");
		room.waitFor((driver) -> room.text("#stage-heading").equals("Stage: Clarify"));

		lead.js("document.getElementById('guide-heading').scrollIntoView();");
		Object focusBefore = focusedId(lead);
		long guideAt = guideOnScreen(lead);
		assertThat(scrollY(lead)).as("the guide is scrolled into view, the stage heading is off screen")
			.isGreaterThan(200);

		WebElement notes = room.find("#candidate-notes");
		for (int update = 1; update <= 10; update++) {
			String line = "Question " + update + " about the input.";
			notes.sendKeys(line + "\n");
			lead.waitFor((driver) -> lead.text(".candidate-notes").contains(line));
			assertThat(guideOnScreen(lead)).as("where the guide is on screen after live update %d", update)
				.isBetween(guideAt - 1, guideAt + 1);
		}
		assertThat(focusedId(lead)).as("focus after the live updates").isEqualTo(focusBefore);
	}

	@Test
	void theCandidatesTextTypedAcrossTheChangeToWrapUpIsAllSaved() {
		Browser lead = this.interviewer;
		Browser room = this.candidate;
		newInterview(lead);
		room.open(lead.find("#candidate-link").getDomProperty("value"));
		lead.click("Start the interview");
		lead.click("Next: Approach");
		lead.click("Next: Answer");
		room.waitFor((driver) -> room.text("#stage-heading").equals("Stage: Answer"));
		room.js("window.stillTheSamePage = true;");
		room.watchForLeavePrompts();

		String text = "Salt the hot key, then broadcast the small side; check spill in the Spark UI, "
				+ "size executors from the partition sizes, and only then raise memory overhead. "
				+ "Collect nothing onto the driver.";
		assertThat(text).hasSize(188);
		WebElement notes = room.find("#candidate-notes");
		notes.sendKeys(text.substring(0, 40));
		lead.click("Next: Wrap-up");
		for (int from = 40; from < text.length(); from += 12) {
			notes.sendKeys(text.substring(from, Math.min(text.length(), from + 12)));
			sleep(100);
		}

		room.waitFor((driver) -> room.has("#self-heading"));
		assertThat(room.text("#stage-heading")).isEqualTo("Stage: Wrap-up");
		assertThat(room.js("return window.stillTheSamePage === true;"))
			.as("the room changed to Wrap-up in place, without reloading")
			.isEqualTo(true);
		assertThat(notes.getDomProperty("value")).isEqualTo(text);
		room.waitFor(Duration.ofSeconds(10),
				(driver) -> room.text("#candidate-notes ~ [data-save-status]").startsWith("Saved at"));
		lead.waitFor((driver) -> lead.text(".candidate-notes").contains(text));
		room.driver().navigate().refresh();
		room.assertNoLeavePrompt();
		assertThat(room.find("#candidate-notes").getDomProperty("value")).as("all of it is saved").isEqualTo(text);
	}

	/** Creates an interview on the Spark question and returns its console's address. */
	private static String newInterview(Browser lead) {
		lead.open("/questions/" + Journeys.SPARK_OOM).click("Run a mock interview");
		lead.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		return lead.path().replaceAll("#.*", "");
	}

	private static long scrollY(Browser browser) {
		return ((Number) browser.js("return Math.round(window.scrollY);")).longValue();
	}

	/** How far from the top of the window the guide's heading is, in CSS pixels. */
	private static long guideOnScreen(Browser browser) {
		return ((Number) browser
			.js("return Math.round(document.getElementById('guide-heading').getBoundingClientRect().top);"))
			.longValue();
	}

	private static Object focusedId(Browser browser) {
		return browser.js("return document.activeElement ? document.activeElement.id : null;");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
