package app.mockinterview.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 5: a Chromium profile with JavaScript switched off completes journeys 1 and 2
 * with plain links and forms.
 */
@BrowserTest
class NoJavaScriptJourneyTests {

	@LocalServerPort
	int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Chromium.start("http://localhost:" + this.port, false);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
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
