package app.mockinterview.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;

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

	private static void check(Browser browser, String state) {
		PageChecks.check(browser, state);
		String screen = SCREENS.get(state);
		if (screen != null) {
			PageChecks.screenshots(browser, screen);
		}
	}

}
