package app.mockinterview.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium pointed at the app, with the few actions the journeys need: open
 * a path, find by CSS or by visible text, type, choose, wait.
 */
final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private final String baseUrl;

	private final boolean javascript;

	private final Runnable cleanup;

	Browser(ChromeDriver driver, String baseUrl, boolean javascript, Runnable cleanup) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.javascript = javascript;
		this.cleanup = cleanup;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	boolean javascript() {
		return this.javascript;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Browser open(String path) {
		this.driver.get(path.startsWith("http") ? path : this.baseUrl + path);
		return this;
	}

	/** The current address without the origin, e.g. {@code /questions/x}. */
	String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	boolean has(String css) {
		return !findAll(css).isEmpty();
	}

	String text(String css) {
		// A live update may replace the element between finding and reading it (e.g.
		// the first update after a page load): read it again.
		for (int attempt = 1;; attempt++) {
			try {
				return find(css).getText();
			}
			catch (StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	String mainText() {
		return text("main");
	}

	/** A button or link whose visible text contains {@code text}. */
	WebElement control(String text) {
		String literal = xpathLiteral(text);
		return this.driver.findElement(By.xpath("//main//button[contains(normalize-space(.), " + literal
				+ ")] | //main//a[contains(normalize-space(.), " + literal + ")]"));
	}

	/**
	 * Clicks a link or submit button and waits for the page it leads to; fails if the
	 * page asked "Leave site?" on the way.
	 */
	Browser click(String text) {
		WebElement control = control(text);
		WebElement page = find("html");
		watchForLeavePrompts();
		control.click();
		waitForTheNextPage(page);
		assertNoLeavePrompt();
		return this;
	}

	/**
	 * Notes, until the current page is left, whether one of its {@code beforeunload}
	 * handlers asked the browser for a "Leave site?" prompt. Headless Chromium does not
	 * show the prompt, so the request is what is checked.
	 */
	void watchForLeavePrompts() {
		if (this.javascript) {
			js("window.addEventListener('beforeunload', function (event) {"
					+ " if (event.defaultPrevented || (typeof event.returnValue === 'string' && event.returnValue !== '')) {"
					+ "  sessionStorage.setItem('leave-prompt', location.pathname); } });");
		}
	}

	/** Fails if a page watched since the last call asked for a "Leave site?" prompt. */
	void assertNoLeavePrompt() {
		if (this.javascript) {
			Object asked = js("var asked = sessionStorage.getItem('leave-prompt');"
					+ " sessionStorage.removeItem('leave-prompt'); return asked;");
			if (asked != null) {
				throw new AssertionError("The page " + asked + " asked \"Leave site?\" when it was left");
			}
		}
	}

	/**
	 * Waits until {@code previous} is gone and the page that replaced it has loaded. A
	 * "Leave site?" prompt on the way fails: the pages' own navigation never asks.
	 */
	void waitForTheNextPage(WebElement previous) {
		try {
			waitFor((driver) -> isGone(previous));
			waitFor((driver) -> "complete".equals(js("return document.readyState;")));
		}
		catch (UnhandledAlertException ex) {
			throw new AssertionError("A prompt (\"Leave site?\") stopped the navigation from " + path(), ex);
		}
	}

	/**
	 * Whether the element has left the document. Chromium reports an element of a page
	 * that has just been replaced either as stale or as a node that "does not belong to
	 * the document"; both mean it is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser choose(String css, String visibleText) {
		new Select(find(css)).selectByVisibleText(visibleText);
		return this;
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	<T> T waitFor(Function<WebDriver, T> condition) {
		return waitFor(Duration.ofSeconds(10), condition);
	}

	<T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
		// Live updates replace parts of the page while a condition looks at them: look
		// again.
		return new WebDriverWait(this.driver, timeout, Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.cleanup.run();
		}
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
