package app.mockinterview.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3 with two browsers, as two people would run it: the interviewer creates the
 * interview and drives the stages, the candidate's page follows live without reloading
 * and announces each stage change once, the candidate's notes appear live on the console,
 * the interviewer scores, submits and shares feedback, and the candidate sees it. A
 * second interviewer's sheet makes the comparison page. Every page state passes the page
 * checks.
 */
class PairedInterviewJourneyTests extends TwoBrowserTests {

	private static final Map<String, String> SCREENS = Map.ofEntries(Map.entry("new interview", "interview-new"),
			Map.entry("console running", "console"), Map.entry("candidate room", "candidate-room"),
			Map.entry("sheet draft", "sheet"), Map.entry("sheet submitted", "sheet-submitted"),
			Map.entry("comparison", "comparison"), Map.entry("candidate feedback", "candidate-feedback"),
			Map.entry("interview list", "interviews"));

	@Test
	void interviewerAndCandidateRunAMockInterviewTogether() {
		Browser lead = this.interviewer;
		Browser room = this.candidate;

		lead.open("/questions/" + Journeys.SPARK_OOM).click("Run a mock interview");
		check(lead, "new interview");
		lead.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		assertThat(lead.text("h1")).contains("Ada interviewing Grace");
		String console = lead.path().replaceAll("#.*", "");
		check(lead, "console ready");

		room.open(lead.find("#candidate-link").getDomProperty("value"));
		assertThat(room.text("#stage-heading")).isEqualTo("Waiting for the interviewer to start");
		assertThat(room.mainText()).doesNotContain("Model answer", "What to look for");
		check(room, "candidate waiting");

		lead.click("Start the interview");
		assertThat(focusedId(lead)).as("focus after starting").startsWith("stage-heading");
		assertThat(lead.text("#stage-heading")).endsWith("Clarify");
		room.waitFor((driver) -> room.text("#stage-heading").equals("Stage: Clarify"));
		markThePageAndListenToTheAnnouncer(room);
		markThePageAndListenToTheAnnouncer(lead);

		room.type("#candidate-notes", "Is the failure on the driver or on an executor?");
		lead.waitFor((driver) -> lead.text(".candidate-notes").contains("driver or on an executor"));
		assertThat(stillTheSamePage(lead)).as("the console showed the notes without reloading").isTrue();
		check(room, "candidate room");

		lead.click("Next: Approach");
		assertThat(focusedId(lead)).as("focus after a stage change").startsWith("stage-heading");
		followsLive(room, "Stage: Approach");
		check(lead, "console running");

		lead.click("Next: Answer");
		followsLive(room, "Stage: Answer");
		assertThat(announcements(room)).as("each stage change is announced once, the clock never")
			.containsExactly("Stage: Approach", "Stage: Answer");

		lead.click("Next: Wrap-up");
		room.waitFor((driver) -> room.has("#self-heading"));
		check(room, "candidate self-assessment");
		chooseEverywhere(room, "form.self-score fieldset.criterion", 2);
		room.click("Submit my self-assessment");

		lead.click("Your scoring sheet (draft)");
		check(lead, "sheet draft");
		scoreTheSheet(lead, 2, "Asked about skew before touching memory settings.");
		lead.type("#feedback", "A calm, structured diagnosis. Next time size the executors before tuning.");
		lead.click("Submit and lock");
		assertThat(lead.mainText()).contains("Submitted and locked");
		check(lead, "sheet submitted");

		lead.open(console).type("#new-interviewer", "Linus").click("Add");
		String invitation = lead.find("input[aria-label='Invitation link for Linus']").getDomProperty("value");
		lead.open(invitation).click("Join the interview").click("Your scoring sheet (draft)");
		scoreTheSheet(lead, 0, "Jumped to raising memory without evidence.");
		lead.click("Submit and lock");
		// The page saves the draft before it submits: wait for the answer before leaving.
		lead.waitFor(Duration.ofSeconds(10), (driver) -> lead.mainText().contains("Submitted and locked"));
		lead.open(console + "/comparison");
		assertThat(lead.text(".score-table")).contains("far apart");
		// The picture beside the table: one marker per interviewer and criterion.
		int criteria = lead.findAll(".score-table tbody tr").size() - 1;
		assertThat(lead.findAll("svg.chart--dots .chart__marker--0")).hasSize(criteria);
		assertThat(lead.findAll("svg.chart--dots .chart__marker--1")).hasSize(criteria);
		assertThat(lead.text(".chart-legend")).contains("Ada", "Linus");
		check(lead, "comparison");

		lead.open(console).click("Share feedback with the candidate");
		assertThat(lead.mainText()).contains("Feedback is shared with the candidate");
		room.waitFor(Duration.ofSeconds(10), (driver) -> room.has("#feedback-heading"));
		assertThat(room.mainText()).contains("Feedback from your interviewer", "3 · Lean yes",
				"A calm, structured diagnosis");
		check(room, "candidate feedback");

		lead.open("/interviews");
		assertThat(lead.text("table")).contains("Ada interviews Grace");
		assertThat(lead.findAll("svg.chart--compact .chart__marker--1")).isNotEmpty();
		check(lead, "interview list");
	}

	private static void followsLive(Browser room, String heading) {
		room.waitFor(Duration.ofSeconds(5), (driver) -> room.text("#stage-heading").equals(heading));
		assertThat(stillTheSamePage(room)).as("the candidate's page followed without reloading").isTrue();
		// Long enough for the stage clock to tick a few times: it must not be announced.
		sleep(2500);
	}

	static void scoreTheSheet(Browser browser, int option, String evidence) {
		chooseEverywhere(browser, "form.sheet-form fieldset.criterion", option);
		for (WebElement field : browser.findAll("textarea[id^='evidence-']")) {
			field.clear();
			field.sendKeys(evidence);
		}
	}

	static void chooseEverywhere(Browser browser, String fieldsets, int option) {
		for (WebElement fieldset : browser.findAll(fieldsets)) {
			fieldset.findElements(By.cssSelector(".rating-option")).get(option).click();
		}
	}

	private static void markThePageAndListenToTheAnnouncer(Browser browser) {
		browser.js("window.stillTheSamePage = true; window.announcements = [];"
				+ "var announcer = document.getElementById('stage-announcer');"
				+ "if (announcer) { new MutationObserver(function () { window.announcements.push(announcer.textContent); })"
				+ ".observe(announcer, {childList: true, characterData: true, subtree: true}); }");
	}

	private static boolean stillTheSamePage(Browser browser) {
		return Boolean.TRUE.equals(browser.js("return window.stillTheSamePage === true;"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> announcements(Browser browser) {
		return (List<String>) browser.js("return window.announcements;");
	}

	/** The id of the focused element, once the page's script has had its say. */
	private static String focusedId(Browser browser) {
		String script = "return document.activeElement ? document.activeElement.id : '';";
		try {
			browser.waitFor(Duration.ofSeconds(2), (driver) -> "stage-heading".equals(browser.js(script)));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// Reported by the caller's assertion.
		}
		return browser.js(script) + " (at " + browser.path() + ", focus on "
				+ browser.js("return document.activeElement.outerHTML.substring(0, 80);") + ")";
	}

	private static void check(Browser browser, String state) {
		PageChecks.check(browser, state);
		String screen = SCREENS.get(state);
		if (screen != null) {
			PageChecks.screenshots(browser, screen);
		}
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
