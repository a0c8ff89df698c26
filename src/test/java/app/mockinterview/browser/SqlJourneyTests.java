package app.mockinterview.browser;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL exercises in Chromium, with and without JavaScript: practising one (Run, Check, the
 * review, My practice) and interviewing on one (the candidate runs queries, the console
 * follows, the interviewer runs the hidden checks). Every page state passes the page
 * checks (axe-core, the Nu Html Checker, the weight budget).
 */
@BrowserTest
@TestPropertySource(properties = "app.content-dir=src/test/resources/sql-content")
class SqlJourneyTests {

	static final String QUESTION = "sql-spend-per-customer";

	static final String SOLUTION = "SELECT customer, sum(amount) AS total FROM orders\n"
			+ "WHERE customer IS NOT NULL AND amount IS NOT NULL\nGROUP BY customer ORDER BY total DESC, customer";

	static final String NAIVE = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer ORDER BY total DESC";

	@LocalServerPort
	int port;

	private Browser withScript;

	private Browser withoutScript;

	@BeforeAll
	void startBrowsers() {
		this.withScript = Chromium.start("http://localhost:" + this.port, true);
		this.withoutScript = Chromium.start("http://localhost:" + this.port, false);
	}

	@AfterAll
	void stopBrowsers() {
		for (Browser browser : new Browser[] { this.withScript, this.withoutScript }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	private static void answerStage(Browser browser) {
		browser.open("/").driver().manage().deleteAllCookies();
		browser.open("/questions/" + QUESTION).click("Practice solo");
		browser.click("Next: Approach").click("Next: Answer");
		assertThat(browser.text("#stage-heading")).isEqualTo("Answer");
	}

	/** Types the query into the editor. */
	private static void write(Browser browser, String query) {
		browser.type("#sql-query", query);
	}

	/** Presses a workbench button: without a reload when the page's script runs. */
	private static void press(Browser browser, String action, String expectedSummary) {
		WebElement button = browser.find("[data-sql-action=" + action + "]");
		if (browser.javascript()) {
			WebElement page = browser.find("html");
			String before = browser.find("#sql-result").getText();
			button.click();
			browser.waitFor((driver) -> !browser.find("#sql-result").getText().equals(before)
					&& browser.text("#sql-result").contains(expectedSummary));
			assertThat(page.isEnabled()).as("no reload").isTrue();
		}
		else {
			WebElement page = browser.find("html");
			button.click();
			browser.waitForTheNextPage(page);
			assertThat(browser.text("#sql-result")).contains(expectedSummary);
		}
	}

	/**
	 * The page checks need JavaScript (axe-core runs in the page); without it the journey
	 * alone is the test.
	 */
	private static void check(Browser browser, String state) {
		if (browser.javascript()) {
			PageChecks.check(browser, state);
		}
	}

	@Test
	void practiseASqlExerciseWithJavaScript() {
		practise(this.withScript);
	}

	@Test
	void practiseASqlExerciseWithoutJavaScript() {
		practise(this.withoutScript);
	}

	private void practise(Browser browser) {
		answerStage(browser);
		assertThat(browser.text(".sql__schema")).contains("CREATE TABLE orders", "ada", "10.50");
		check(browser, "sql answer");

		write(browser, "SELECT customer,\n  totl\nFROM orders");
		if (browser.javascript()) {
			browser.find("#sql-query").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
			browser.waitFor((driver) -> browser.text("#sql-result").contains("The query failed"));
		}
		else {
			press(browser, "run", "The query failed");
		}
		assertThat(browser.text(".sql__error")).contains("at line 2, column 3", "Binder Error");

		write(browser, "SELECT customer, count(*) AS orders FROM orders GROUP BY customer ORDER BY customer");
		press(browser, "run", "Result: 3 rows");
		assertThat(browser.findAll("#sql-result tbody tr").stream().map(WebElement::getText).toList())
			.containsExactly("ada 2", "bob 1", "cy 1");
		check(browser, "sql run");
		if (browser.javascript()) {
			PageChecks.screenshots(browser, "sql-run");
		}

		write(browser, NAIVE);
		press(browser, "check", "1 of 3 checks pass");
		assertThat(browser.text("#sql-result")).doesNotContain("zed", "amy", "dee");
		write(browser, SOLUTION);
		press(browser, "check", "3 of 3 checks pass");
		check(browser, "sql checked");

		browser.click("Next: Review");
		assertThat(browser.text(".sql .compare__mine")).contains("WHERE customer IS NOT NULL");
		assertThat(browser.text(".sql .compare__model")).contains("ORDER BY total DESC, customer");
		assertThat(browser.findAll(".sql__history li").stream().map(WebElement::getText).toList())
			.containsExactly("3 of 3 checks pass ✓", "1 of 3 checks pass");
		check(browser, "sql review");

		browser.open("/practice");
		assertThat(browser.text(".sql-count")).contains("SQL exercises passed: 1 of 1 tried");
	}

	@Test
	void interviewOnASqlExercise() {
		Browser lead = this.withScript;
		Browser room = this.withoutScript;
		lead.open("/interviews/new?question=" + QUESTION);
		lead.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		lead.click("Start the interview");
		String roomUrl = lead.find("#candidate-link").getDomProperty("value");
		room.open(roomUrl);
		assertThat(room.has("#sql-query")).isTrue();
		assertThat(room.has("[data-sql-action=check]")).isFalse();

		// Without JavaScript: Run is a form post that shows the room with the result.
		write(room, NAIVE);
		press(room, "run", "Result: 3 rows");
		lead.waitFor((driver) -> lead.text(".candidate-sql").contains("GROUP BY customer ORDER BY total DESC")
				&& lead.text(".candidate-sql").contains("3 rows in"));
		check(lead, "sql console");

		// With JavaScript: Ctrl+Enter runs in place, and the console follows without
		// reloading.
		Browser scripted = Chromium.start("http://localhost:" + this.port, true);
		try {
			scripted.open(roomUrl);
			check(scripted, "sql candidate room");
			write(scripted, "SELECT count(*) AS n FROM orders");
			scripted.find("#sql-query").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
			scripted.waitFor((driver) -> scripted.text("#sql-result").contains("Result: 1 row"));
			lead.waitFor((driver) -> lead.text(".candidate-sql").contains("SELECT count(*) AS n FROM orders"));
			check(scripted, "sql candidate room with a result");
		}
		finally {
			scripted.close();
		}
		write(room, NAIVE);
		press(room, "run", "Result: 3 rows");
		lead.waitFor((driver) -> lead.text(".candidate-sql").contains("GROUP BY customer ORDER BY total DESC"));

		lead.click("Run the hidden checks on this query");
		assertThat(lead.text(".messages")).contains("Hidden checks: 1 of 3 checks pass.");
		assertThat(lead.text(".candidate-sql")).contains("Latest check: 1 of 3 checks pass");
		check(lead, "sql console checked");

		room.open(roomUrl);
		for (String hidden : List.of("IS NOT NULL AND amount", "zed", "amy", "dee", "checks pass")) {
			assertThat(room.find("html").getDomProperty("outerHTML")).doesNotContain(hidden);
		}
	}

}
