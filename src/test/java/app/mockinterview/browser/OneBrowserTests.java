package app.mockinterview.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class that drives one Chromium, opened before its first test and closed
 * after its last.
 */
@BrowserTest
abstract class OneBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	/** Whether the browser runs the pages' JavaScript. */
	boolean javaScript() {
		return true;
	}

	@BeforeAll
	void startBrowser() {
		this.browser = Chromium.start("http://localhost:" + this.port, javaScript());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
