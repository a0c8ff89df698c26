package app.mockinterview.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes rendered as Markdown beside the editor: the candidate types a SQL code block and
 * a Mermaid flowchart in the room, their preview shows the highlighted code and the
 * diagram, and the interviewer's console shows the same, live, with the plain text a
 * click away. Then the same in solo practice, where the review shows the rendered notes
 * too. Every page state passes the page checks; screenshots at every width.
 */
class NotesPreviewJourneyTests extends TwoBrowserTests {

	static final String NOTES = """
			Pipeline:

			```sql
			SELECT user_id, count(*) AS orders FROM events -- daily
			WHERE day = '2026-12-01' GROUP BY user_id;
			```

			```mermaid
			flowchart LR
			  K[Kafka topic] -->|events| S[[Spark job]] --> W[(Warehouse)]
			  S -.-> Q{Late data?}
			```
			""";

	@Test
	void theCandidatesPreviewAndTheConsoleShowHighlightedCodeAndTheDiagramLive() {
		Browser lead = this.interviewer;
		Browser room = this.candidate;
		lead.open("/questions/" + Journeys.SPARK_OOM).click("Run a mock interview");
		lead.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		room.open(lead.find("#candidate-link").getDomProperty("value"));
		lead.click("Start the interview");
		room.waitFor((driver) -> room.text("#stage-heading").equals("Stage: Clarify"));

		assertThat(room.find("[data-notes-preview]").isDisplayed()).as("the preview is shown with scripts").isTrue();
		room.find("#candidate-notes").sendKeys(NOTES);
		room.waitFor(Duration.ofSeconds(20), (driver) -> room.has("[data-notes-preview] svg.diagram"));
		assertRendered(room, "[data-notes-preview]");
		WebElement preview = room.find("[data-notes-preview]");
		WebElement editor = room.find("#candidate-notes");
		assertThat(preview.getRect().getX()).as("beside the editor at 1280 px")
			.isGreaterThan(editor.getRect().getX() + editor.getRect().getWidth() - 1);
		check(room, "candidate room with preview", "notes-preview-room");

		lead.waitFor(Duration.ofSeconds(20), (driver) -> lead.has(".candidate-notes svg.diagram"));
		assertRendered(lead, ".candidate-notes");
		lead.find("#candidate-notes-source summary").click();
		assertThat(lead.text("#candidate-notes-source pre")).contains("flowchart LR", "K[Kafka topic]");
		check(lead, "console with rendered notes", "notes-preview-console");

		// The next change arrives rendered too, and the plain text stays open.
		room.find("#candidate-notes").sendKeys("\n```mermaid\nsequenceDiagram\nClient->>API: POST /orders\n```\n");
		lead.waitFor(Duration.ofSeconds(20), (driver) -> lead.has(".candidate-notes svg.diagram--sequence"));
		assertThat(lead.find("#candidate-notes-source").getDomProperty("open")).isEqualTo("true");
		// An SVG title is not drawn, so it has no visible text: read its content.
		assertThat(lead.find(".candidate-notes svg.diagram--sequence title").getDomProperty("textContent"))
			.isEqualTo("Sequence diagram between Client, API (1 message)");
	}

	@Test
	void practiceShowsThePreviewBesideTheEditorAndTheReviewRendersTheNotes() {
		Browser browser = this.interviewer;
		browser.open("/").driver().manage().deleteAllCookies();
		browser.open("/questions/" + Journeys.SPARK_OOM).click("Practice solo");
		browser.find("#notes").sendKeys(NOTES);
		browser.waitFor(Duration.ofSeconds(20), (driver) -> browser.has("[data-notes-preview] svg.diagram"));
		assertRendered(browser, "[data-notes-preview]");
		WebElement preview = browser.find("[data-notes-preview]");
		WebElement editor = browser.find("#notes");
		assertThat(preview.getRect().getX()).as("beside the editor at 1280 px")
			.isGreaterThan(editor.getRect().getX() + editor.getRect().getWidth() - 1);
		check(browser, "practice stage with preview", "notes-preview-practice");

		browser.click("Next: Approach");
		browser.click("Next: Answer");
		browser.click("Next: Review");
		assertRendered(browser, ".compare__mine");
		check(browser, "practice review with rendered notes", "notes-preview-practice-review");
	}

	private static void assertRendered(Browser browser, String container) {
		assertThat(browser.findAll(container + " pre code.language-sql .tok-kw")).extracting(WebElement::getText)
			.contains("SELECT", "FROM", "WHERE", "GROUP", "BY");
		assertThat(browser.text(container + " pre code.language-sql .tok-str")).isEqualTo("'2026-12-01'");
		assertThat(browser.findAll(container + " svg.diagram text")).extracting(WebElement::getText)
			.contains("Kafka topic", "Spark job", "Warehouse", "Late data?", "events");
		assertThat(browser.find(container + " svg.diagram").getDomAttribute("role")).isEqualTo("img");
	}

	private static void check(Browser browser, String state, String screen) {
		PageChecks.check(browser, state);
		PageChecks.screenshots(browser, screen);
	}

}
