package app.mockinterview.browser;

import java.util.List;
import java.util.function.BiConsumer;

import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys a user takes, written once and run with JavaScript (checking every page on
 * the way) and without it (the same steps must still complete). {@code checkpoint} is
 * called with a name for every page state worth checking.
 */
final class Journeys {

	static final String SPARK_OOM = "spark-oom-troubleshooting";

	static final String SCHEMA_EVOLUTION = "kafka-json-schema-evolution";

	private Journeys() {
	}

	/** Journey 1: filter the bank by difficulty and topic, search, open a question. */
	static void browse(Browser browser, BiConsumer<Browser, String> checkpoint) {
		browser.open("/");
		assertThat(browser.text("h1")).isEqualTo("Question bank");
		assertThat(browser.findAll(".question-card"))
			.hasSize(Math.min(app.mockinterview.system.TestFiles.shippedQuestionCount(), 20));
		checkpoint.accept(browser, "bank");

		browser.choose("#difficulty", "Medium").choose("#topic", "Spark").click("Apply");
		assertThat(browser.path()).contains("difficulty=medium").contains("topic=Spark");
		assertThat(titles(browser)).contains("Data skew and large joins in Spark",
				"Diagnosing and fixing a Spark out-of-memory failure");
		assertThat(browser.findAll(".question-card .badge"))
			.allSatisfy((badge) -> assertThat(badge.getText()).isEqualTo("Medium"));
		checkpoint.accept(browser, "bank filtered");

		browser.type("#q", "skew").click("Apply");
		assertThat(titles(browser)).containsExactly("Data skew and large joins in Spark");
		assertThat(browser.text(".result-count")).isEqualTo("Showing 1 question");

		browser.click("Data skew and large joins in Spark");
		assertThat(browser.path()).isEqualTo("/questions/spark-data-skew-large-joins");
		assertThat(browser.text("h1")).isEqualTo("Data skew and large joins in Spark");
		assertThat(browser.mainText()).contains("Prompt", "What you will be scored on").doesNotContain("Model answer");
		checkpoint.accept(browser, "question");
	}

	/**
	 * Journey 2: practise alone: notes in every stage, a hint, a reload mid-stage, a
	 * self-score, the attempt on My practice, and resuming another attempt from there.
	 */
	static void practise(Browser browser, BiConsumer<Browser, String> checkpoint) {
		// A new practice profile: My practice then lists exactly this journey's attempts.
		browser.open("/").driver().manage().deleteAllCookies();
		browser.open("/questions/" + SPARK_OOM);
		browser.click("Practice solo");
		assertThat(browser.path()).matches("/practice/attempts/[A-Za-z0-9_-]{22}.*");
		String attempt = browser.path().replaceAll("#.*", "");
		assertThat(stageHeading(browser)).isEqualTo("Clarify");
		checkpoint.accept(browser, "practice clarify");

		writeNotes(browser, "Which executor dies, driver or executor? How big is the input?");
		browser.click("Reveal a hint");
		assertThat(browser.findAll(".hints__list li")).hasSize(1);
		assertThat(browser.find("#notes").getDomProperty("value")).contains("driver or executor");
		checkpoint.accept(browser, "practice clarify with a hint");

		browser.click("Next: Approach");
		assertThat(stageHeading(browser)).isEqualTo("Approach");
		writeNotes(browser, "Read the executor logs, check the Spark UI for skewed tasks.");
		waitForTheTimerToPass(browser, 1);
		String before = browser.find(".timer").getDomAttribute("data-elapsed");
		browser.driver().navigate().refresh();
		assertThat(stageHeading(browser)).isEqualTo("Approach");
		assertThat(browser.find("#notes").getDomProperty("value"))
			.isEqualTo("Read the executor logs, check the Spark UI for skewed tasks.");
		assertThat(Long.parseLong(browser.find(".timer").getDomAttribute("data-elapsed")))
			.as("time in the stage survives a reload")
			.isGreaterThanOrEqualTo(Math.max(1, Long.parseLong(before)));
		checkpoint.accept(browser, "practice approach after reload");

		browser.click("Next: Answer");
		assertThat(stageHeading(browser)).isEqualTo("Answer");
		writeNotes(browser, "Salt the skewed key, raise executor memory overhead, avoid collect().");
		checkpoint.accept(browser, "practice answer");

		browser.click("Next: Review");
		assertThat(stageHeading(browser)).isEqualTo("Review");
		assertThat(browser.mainText()).contains("driver or executor", "skewed tasks", "avoid collect()");
		checkpoint.accept(browser, "practice review");

		for (WebElement criterion : browser.findAll("form.self-score fieldset.criterion")) {
			criterion.findElements(org.openqa.selenium.By.cssSelector(".rating-option")).get(2).click();
		}
		browser.click("Finish and save my self-score");
		assertThat(stageHeading(browser)).isEqualTo("Your completed attempt");
		assertThat(browser.text(".score-table")).contains("Lean yes");
		checkpoint.accept(browser, "practice completed");

		browser.open("/questions/" + SCHEMA_EVOLUTION).click("Practice solo");
		String other = browser.path().replaceAll("#.*", "");
		writeNotes(browser, "Who produces the events, and who reads them?");
		browser.click("Save notes");

		browser.open("/practice");
		assertThat(browser.text("h1")).isEqualTo("My practice");
		assertThat(browser.text(".attempts-table")).contains("Diagnosing and fixing a Spark out-of-memory failure",
				"Completed", "Schema evolution for JSON events in Kafka", "In progress (Clarify)");
		// The completed attempt's self-score and stage times, drawn.
		assertThat(browser.findAll("svg.chart--line circle.chart__point")).hasSize(1);
		assertThat(browser.findAll("svg.chart--bars rect.chart__bar")).hasSize(3);
		checkpoint.accept(browser, "my practice");

		browser.click("Resume");
		assertThat(browser.path()).isEqualTo(other);
		assertThat(browser.find("#notes").getDomProperty("value"))
			.isEqualTo("Who produces the events, and who reads them?");
		assertThat(attempt).isNotEqualTo(other);
	}

	static String stageHeading(Browser browser) {
		return browser.text("#stage-heading");
	}

	static List<String> titles(Browser browser) {
		return browser.findAll(".question-card__title").stream().map(WebElement::getText).toList();
	}

	/**
	 * Types into the stage's notes; with JavaScript waits for the autosave, without it
	 * saves.
	 */
	static void writeNotes(Browser browser, String text) {
		browser.type("#notes", text);
		if (browser.javascript()) {
			browser.waitFor((driver) -> browser.text("#save-status").startsWith("Saved at"));
		}
		else {
			browser.click("Save notes");
		}
	}

	private static void waitForTheTimerToPass(Browser browser, int seconds) {
		if (browser.javascript()) {
			browser.waitFor((driver) -> !browser.text(".timer__elapsed").equals("0:00")
					&& !browser.text(".timer__elapsed").equals("0:0" + (seconds - 1)));
		}
		else {
			try {
				Thread.sleep(seconds * 1000L + 100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
