package app.mockinterview.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page a journey visits must pass: axe-core finds no WCAG 2.0/2.1/2.2 A or AA
 * violation, the Nu Html Checker finds no error, and the first load needs at most 100 KB
 * of HTML, CSS and JavaScript, all from the app itself. Main pages are also photographed
 * at three widths (and once in the dark theme) into {@code target/screenshots/}.
 */
final class PageChecks {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final long MAX_PAGE_BYTES = 100 * 1024;

	static final int[] WIDTHS = { 375, 768, 1280 };

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Set<String> photographed = ConcurrentHashMap.newKeySet();

	private PageChecks() {
	}

	/**
	 * All checks on the page as it is now; {@code state} names it in failure messages.
	 */
	static void check(Browser browser, String state) {
		long start = System.nanoTime();
		accessible(browser, state);
		long axe = System.nanoTime();
		validHtml(browser, state);
		long nu = System.nanoTime();
		long bytes = lightweight(browser, state);
		System.out.printf("Checked %s: axe %d ms, Nu %d ms, %.1f KB of HTML, CSS and JS%n", state,
				(axe - start) / 1_000_000, (nu - axe) / 1_000_000, bytes / 1024.0);
	}

	static void accessible(Browser browser, String state) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
		assertThat(results.isErrored()).as("axe-core ran on %s: %s", state, results.getErrorMessage()).isFalse();
		assertThat(results.getViolations())
			.as("axe-core violations on %s (%s):%n%s", state, browser.path(), describe(results.getViolations()))
			.isEmpty();
	}

	static void validHtml(Browser browser, String state) {
		String html = sourceOfCurrentPage(browser);
		assertThat(HtmlChecker.errors(html)).as("Nu Html Checker errors on %s (%s)", state, browser.path()).isEmpty();
	}

	/** The HTML as the server sent it, fetched again with the browser's cookies. */
	static String sourceOfCurrentPage(Browser browser) {
		Object html = browser.driver()
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(location.href, {credentials: 'same-origin', cache: 'no-store'})"
					+ ".then(function (r) { return r.text(); }).then(done, function (e) { done('fetch failed: ' + e); });");
		return String.valueOf(html);
	}

	/**
	 * Bytes of HTML, CSS and JavaScript loaded for the current page; asserts none came
	 * from elsewhere.
	 */
	@SuppressWarnings("unchecked")
	static long lightweight(Browser browser, String state) {
		List<List<Object>> entries = (List<List<Object>>) browser
			.js("var nav = performance.getEntriesByType('navigation');"
					+ "return nav.concat(performance.getEntriesByType('resource')).map(function (e) {"
					+ " return [e.name, e.initiatorType, e.decodedBodySize || 0]; });");
		String origin = browser.baseUrl();
		List<String> foreign = new ArrayList<>();
		long bytes = 0;
		for (List<Object> entry : entries) {
			String name = (String) entry.get(0);
			String type = (String) entry.get(1);
			if (!name.startsWith(origin + "/") && !name.equals(origin) && !name.startsWith("data:")) {
				foreign.add(name);
			}
			// Live updates and autosaves come later, on demand; the first load is the
			// page and its assets.
			if (!type.equals("fetch") && !type.equals("xmlhttprequest") && !name.contains("/events")) {
				bytes += ((Number) entry.get(2)).longValue();
			}
		}
		assertThat(foreign).as("requests to other sites from %s", state).isEmpty();
		assertThat(bytes).as("HTML + CSS + JS of %s (%s) in bytes", state, browser.path())
			.isLessThanOrEqualTo(MAX_PAGE_BYTES);
		return bytes;
	}

	/**
	 * Full-page screenshots of a main page at 375, 768 and 1280 px, plus 1280 px in the
	 * dark theme, where the colour contrast is checked again. Once per page name per run.
	 */
	static void screenshots(Browser browser, String name) {
		if (!photographed.add(name)) {
			return;
		}
		ChromeDriver driver = browser.driver();
		try {
			Files.createDirectories(SCREENSHOTS);
			for (int width : WIDTHS) {
				capture(driver, width, SCREENSHOTS.resolve(name + "-" + width + ".png"));
			}
			driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
			capture(driver, 1280, SCREENSHOTS.resolve(name + "-1280-dark.png"));
			if (browser.javascript()) {
				Results dark = new AxeBuilder().withOnlyRules(List.of("color-contrast")).analyze(driver);
				assertThat(dark.getViolations())
					.as("colour contrast in the dark theme on %s:%n%s", name, describe(dark.getViolations()))
					.isEmpty();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	@SuppressWarnings("unchecked")
	private static void capture(ChromeDriver driver, int width, Path file) throws IOException {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
		try {
			Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			long height = Math.min(8000, Math.max(900, Math.round(((Number) content.get("height")).doubleValue())));
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map((node) -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
								+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
