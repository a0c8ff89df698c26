package app.mockinterview.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys 1 and 2 in Chromium with JavaScript: every page on the way passes axe-core and
 * the Nu Html Checker and stays under the page weight budget; main pages are
 * photographed.
 */
class SoloJourneyTests extends OneBrowserTests {

	/** The main pages of these journeys, and the name their screenshots get. */
	private static final Map<String, String> SCREENS = Map.of("bank", "bank", "question", "question",
			"practice clarify with a hint", "practice-stage", "practice review", "practice-review",
			"practice completed", "practice-completed", "my practice", "my-practice");

	@Test
	void browseTheBank() {
		Journeys.browse(this.browser, SoloJourneyTests::check);
	}

	@Test
	void practiseAlone() {
		Journeys.practise(this.browser, SoloJourneyTests::check);
	}

	@Test
	void aRefusedSelfScoreOpensAtTheCriteriaLeftUnrated() {
		this.browser.open("/questions/" + Journeys.SPARK_OOM).click("Practice solo");
		this.browser.click("Next: Approach").click("Next: Answer").click("Next: Review");
		this.browser.find("form.self-score fieldset.criterion .rating-option").click();
		this.browser.click("Finish and save my self-score");

		List<WebElement> unrated = this.browser.findAll("fieldset.criterion--missing");
		assertThat(unrated).as("every criterion but the rated one is marked")
			.hasSize(this.browser.findAll("fieldset.criterion").size() - 1);
		Number top = (Number) this.browser.js("return arguments[0].getBoundingClientRect().top;", unrated.get(0));
		Number height = (Number) this.browser.js("return window.innerHeight;");
		// At the top of the window, give or take a fraction of a pixel.
		assertThat(top.doubleValue()).as("the first unrated criterion is on screen")
			.isBetween(-1.0, height.doubleValue() - 50);
		assertThat(this.browser.js("return arguments[0].contains(document.activeElement);", unrated.get(0)))
			.as("focus is on its ratings")
			.isEqualTo(true);
		PageChecks.accessible(this.browser, "practice self-score refused");
	}

	private static void check(Browser browser, String state) {
		PageChecks.check(browser, state);
		String screen = SCREENS.get(state);
		if (screen != null) {
			PageChecks.screenshots(browser, screen);
		}
	}

}
