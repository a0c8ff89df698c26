package app.mockinterview.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 5: a Chromium profile with JavaScript switched off completes journeys 1 and 2
 * with plain links and forms.
 */
class NoJavaScriptJourneyTests extends OneBrowserTests {

	@Override
	boolean javaScript() {
		return false;
	}

	@Test
	void scriptsReallyDoNotRun() throws InterruptedException {
		this.browser.open("/questions/" + Journeys.SPARK_OOM).click("Practice solo");
		String clock = this.browser.text(".timer__elapsed");
		Thread.sleep(1500);
		assertThat(this.browser.text(".timer__elapsed")).as("the timer only moves with JavaScript").isEqualTo(clock);
		assertThat(this.browser.text("#save-status")).isEqualTo("Nothing saved for this stage yet.");
	}

	@Test
	void browseTheBankWithoutJavaScript() {
		Journeys.browse(this.browser, (browser, state) -> {
		});
	}

	@Test
	void practiseAloneWithoutJavaScript() {
		Journeys.practise(this.browser, (browser, state) -> {
		});
	}

}
