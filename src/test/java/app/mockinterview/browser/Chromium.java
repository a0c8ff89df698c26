package app.mockinterview.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both named explicitly so that
 * Selenium Manager is never consulted and nothing is downloaded.
 */
final class Chromium {

	static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");

	static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	private Chromium() {
	}

	/** A fresh browser with its own new profile; JavaScript on or off. */
	static Browser start(String baseUrl, boolean javascript) {
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--lang=en-GB", "--window-size=1280,900", "--user-data-dir=" + profile);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		// Every page load is a first load: page weight is measured without the cache.
		driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		return new Browser(driver, baseUrl, javascript, () -> deleteQuietly(profile));
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
