package app.mockinterview.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer's desk during a live call at 1280 px: the stage bar stays in view, the
 * candidate's notes and the guide sit side by side, the current question is scored on the
 * console into the one scoring sheet, the keyboard shortcuts work while typing, and time
 * stamps mark moments in notes and evidence. At 375 px the console is one column without
 * sideways scrolling.
 */
class ConsoleDeskJourneyTests extends OneBrowserTests {

	@Test
	void theInterviewerScoresOnTheConsoleAndTheSheetShowsTheSameRatingsAndEvidence() {
		String console = newInterview();
		this.browser.click("Start the interview");
		assertThat(this.browser.text("#scoring-heading")).isEqualTo("Scoring · question 1");
		PageChecks.check(this.browser, "console desk");
		PageChecks.screenshots(this.browser, "console-desk");

		List<WebElement> criteria = this.browser.findAll("#scoring fieldset.criterion");
		assertThat(criteria).hasSizeGreaterThanOrEqualTo(2);
		assertThat(criteria.get(0).findElements(By.cssSelector(".rating-option__level"))).as("anchored levels")
			.hasSize(4);
		String first = criteria.get(0).findElement(By.cssSelector("legend")).getText();
		String second = criteria.get(1).findElement(By.cssSelector("legend")).getText();
		rate(criteria.get(0), "3");
		criteria.get(0).findElement(By.cssSelector("textarea")).sendKeys("Asked which process died before tuning.");
		rate(criteria.get(1), "2");
		criteria.get(1).findElement(By.cssSelector("textarea")).sendKeys("Jumped to memory settings.");
		this.browser
			.waitFor((driver) -> this.browser.text("#scoring [data-save-status]").startsWith("Saved to your sheet at")
					&& !unsaved());
		PageChecks.check(this.browser, "console desk scored");

		this.browser.open(console + "/sheet");
		assertThat(checkedRating(first)).isEqualTo("3");
		assertThat(checkedRating(second)).isEqualTo("2");
		assertThat(evidence(first)).isEqualTo("Asked which process died before tuning.");
		assertThat(evidence(second)).isEqualTo("Jumped to memory settings.");

		this.browser.open(console);
		assertThat(this.browser.find("#scoring fieldset.criterion input[value='3']").isSelected()).isTrue();
	}

	@Test
	void atDeskWidthTheStageBarStaysInViewAndNotesAndGuideSitSideBySide() {
		newInterview();
		this.browser.click("Start the interview");
		Map<?, ?> notes = rect(".candidate-notes");
		Map<?, ?> guide = rect(".guide");
		assertThat(number(guide, "left")).as("the guide is right of the candidate's notes")
			.isGreaterThan(number(notes, "right") - 1);
		assertThat(Math.abs(number(guide, "top") - number(notes, "top"))).as("side by side").isLessThan(2);

		this.browser.js("window.scrollTo(0, document.body.scrollHeight);");
		this.browser.waitFor((driver) -> number(rect(".stage-panel"), "top") == 0);
		assertThat(number(rect(".stage-panel"), "bottom")).as("the stage bar is in view after scrolling down")
			.isGreaterThan(50);
		assertThat(this.browser.find("#control-pause").isDisplayed()).isTrue();

		// Going to an evidence field by keyboard puts it below the bar, not under it.
		shortcut("e");
		double barBottom = number(rect(".stage-panel"), "bottom");
		assertThat(number(rect("#scoring textarea:focus"), "top")).as("the focused evidence is below the bar")
			.isGreaterThanOrEqualTo(barBottom);

		this.browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		try {
			this.browser.waitFor((driver) -> !"sticky"
				.equals(this.browser.js("return getComputedStyle(document.querySelector('.stage-panel')).position;")));
			assertThat(((Number) this.browser.js("return document.documentElement.scrollWidth;")).intValue())
				.as("no sideways scrolling at 375 px")
				.isLessThanOrEqualTo(((Number) this.browser.js("return window.innerWidth;")).intValue());
			assertThat(number(rect(".guide"), "top")).as("one column")
				.isGreaterThan(number(rect(".candidate-notes"), "bottom"));
		}
		finally {
			this.browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void keyboardShortcutsWorkWhileTyping() {
		String console = newInterview();
		this.browser.click("Start the interview");
		assertThat(this.browser.find("#control-next").getDomAttribute("aria-keyshortcuts")).isEqualTo("Alt+Shift+N");
		assertThat(this.browser.text("#shortcuts")).contains("Keyboard shortcuts", "Next stage", "Previous stage",
				"Pause or resume", "private notes", "evidence", "interview time");

		// Focus the private notes, type, stamp the time mid-sentence.
		shortcut("o");
		assertThat(focusedId()).isEqualTo("private-notes");
		typeIntoFocus("Asked about the input size ");
		shortcut("d");
		String notes = this.browser.find("#private-notes").getDomProperty("value");
		assertThat(notes).matches("Asked about the input size \\[\\d+:\\d{2}\\] ");

		// The evidence of the next criterion not rated yet, from the notes and from an
		// evidence field.
		shortcut("e");
		String firstEvidence = focusedId();
		assertThat(firstEvidence).startsWith("evidence-");
		WebElement firstCriterion = this.browser.find("#" + firstEvidence).findElement(By.xpath("ancestor::fieldset"));
		rate(firstCriterion, "3");
		this.browser.find("#" + firstEvidence).click();
		shortcut("d");
		typeIntoFocus("named the driver");
		assertThat(this.browser.find("#" + firstEvidence).getDomProperty("value"))
			.matches("\\[\\d+:\\d{2}\\] named the driver");
		shortcut("e");
		assertThat(focusedId()).as("the next unrated criterion's evidence")
			.startsWith("evidence-")
			.isNotEqualTo(firstEvidence);

		// Stamp new lines automatically, remembered for the next page.
		this.browser.find("#auto-stamp").click();
		shortcut("o");
		new Actions(this.browser.driver()).sendKeys(Keys.END).perform();
		typeIntoFocus("first point");
		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		typeIntoFocus("second point");
		assertThat(this.browser.find("#private-notes").getDomProperty("value"))
			.matches("(?s).*first point\\n\\[\\d+:\\d{2}\\] second point");
		this.browser.waitFor((driver) -> !unsaved());
		PageChecks.check(this.browser, "console with shortcuts and stamps");

		// Stage changes and pause, each as its button does.
		WebElement page = this.browser.find("html");
		shortcut("n");
		this.browser.waitForTheNextPage(page);
		assertThat(Journeys.stageHeading(this.browser)).endsWith("Approach");
		assertThat(this.browser.find("#auto-stamp").isSelected()).as("the toggle is remembered").isTrue();
		assertThat(this.browser.text(".timestamped")).contains("Asked about the input size", "second point");
		assertThat(this.browser.findAll(".timestamped time.stamp")).as("stamps shown as times").isNotEmpty();
		page = this.browser.find("html");
		shortcut("p");
		this.browser.waitForTheNextPage(page);
		assertThat(Journeys.stageHeading(this.browser)).endsWith("Clarify");
		page = this.browser.find("html");
		shortcut("h");
		this.browser.waitForTheNextPage(page);
		assertThat(this.browser.text(".stage-panel .eyebrow")).containsIgnoringCase("paused");
		assertThat(this.browser.find("#control-resume").getDomAttribute("aria-keyshortcuts")).isEqualTo("Alt+Shift+H");
		PageChecks.check(this.browser, "console paused");
		page = this.browser.find("html");
		shortcut("h");
		this.browser.waitForTheNextPage(page);
		assertThat(this.browser.text(".stage-panel .eyebrow")).doesNotContainIgnoringCase("paused");

		// The printed sheet shows the evidence's stamp as a time.
		this.browser.open(console + "/sheet/print");
		assertThat(this.browser.findAll(".print-table time.stamp")).hasSize(1);
	}

	private String newInterview() {
		this.browser.open("/questions/" + Journeys.SPARK_OOM);
		// "Stamp new lines" is remembered in the browser: each test starts without it.
		this.browser.js("localStorage.clear();");
		this.browser.click("Run a mock interview");
		this.browser.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		return this.browser.path().replaceAll("#.*", "");
	}

	private void rate(WebElement criterion, String value) {
		WebElement option = criterion.findElement(By.cssSelector("input[type=radio][value='" + value + "']"))
			.findElement(By.xpath("ancestor::label"));
		this.browser.js("arguments[0].scrollIntoView({block: 'center'});", option);
		option.click();
	}

	private String checkedRating(String criterion) {
		WebElement fieldset = fieldsetOnSheet(criterion);
		return fieldset.findElements(By.cssSelector("input[type=radio]"))
			.stream()
			.filter(WebElement::isSelected)
			.map((input) -> input.getDomAttribute("value"))
			.findFirst()
			.orElse(null);
	}

	private String evidence(String criterion) {
		return fieldsetOnSheet(criterion).findElement(By.cssSelector("textarea")).getDomProperty("value");
	}

	private WebElement fieldsetOnSheet(String criterion) {
		return this.browser.findAll("form.sheet-form fieldset.criterion")
			.stream()
			.filter((fieldset) -> fieldset.findElement(By.cssSelector("legend")).getText().equals(criterion))
			.findFirst()
			.orElseThrow();
	}

	private boolean unsaved() {
		return Boolean.TRUE.equals(this.browser.js("return window.MockInterview.unsaved();"));
	}

	private void shortcut(String letter) {
		new Actions(this.browser.driver()).keyDown(Keys.ALT)
			.keyDown(Keys.SHIFT)
			.sendKeys(letter)
			.keyUp(Keys.SHIFT)
			.keyUp(Keys.ALT)
			.perform();
	}

	private void typeIntoFocus(String text) {
		new Actions(this.browser.driver()).sendKeys(text).perform();
	}

	private String focusedId() {
		this.browser.waitFor(Duration.ofSeconds(2), (driver) -> this.browser.js("return document.activeElement.id;"));
		return String.valueOf(this.browser.js("return document.activeElement.id;"));
	}

	private Map<?, ?> rect(String css) {
		return (Map<?, ?>) this.browser.js("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
				+ "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", css);
	}

	private static double number(Map<?, ?> rect, String key) {
		return ((Number) rect.get(key)).doubleValue();
	}

}
