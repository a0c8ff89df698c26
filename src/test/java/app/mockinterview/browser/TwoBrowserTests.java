package app.mockinterview.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class of a paired interview: two Chromiums, the interviewer's and the
 * candidate's, opened before its first test and closed after its last.
 */
@BrowserTest
abstract class TwoBrowserTests {

	@LocalServerPort
	int port;

	Browser interviewer;

	Browser candidate;

	@BeforeAll
	void startBrowsers() {
		this.interviewer = Chromium.start("http://localhost:" + this.port, true);
		this.candidate = Chromium.start("http://localhost:" + this.port, true);
	}

	@AfterAll
	void stopBrowsers() {
		for (Browser browser : new Browser[] { this.interviewer, this.candidate }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

}
