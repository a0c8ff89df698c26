package app.mockinterview.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are small and self-contained: the first load of every main page (cache off) needs
 * at most 100 KB of HTML, CSS and JavaScript, uncompressed, and requests nothing from
 * another site.
 */
class PageWeightTests extends OneBrowserTests {

	@Test
	void everyMainPageLoadsAtMost100KilobytesFromTheAppItself() {
		Browser browser = this.browser;
		Map<String, Long> weights = new LinkedHashMap<>();
		weights.put("bank", weigh(browser.open("/"), "bank"));
		weights.put("question", weigh(browser.open("/questions/" + Journeys.SPARK_OOM), "question"));
		browser.click("Practice solo");
		weights.put("practice stage", weigh(browser, "practice stage"));
		weights.put("my practice", weigh(browser.open("/practice"), "my practice"));
		weights.put("new interview", weigh(browser.open("/interviews/new?question=" + Journeys.SPARK_OOM), "new"));
		browser.click("Create the interview");
		String candidate = browser.find("#candidate-link").getDomProperty("value");
		weights.put("console", weigh(browser, "console"));
		browser.click("Your scoring sheet (draft)");
		weights.put("sheet", weigh(browser, "sheet"));
		weights.put("printable sheet", weigh(browser.open(browser.path() + "/print"), "printable sheet"));
		weights.put("blank sheet", weigh(browser.open("/sheets/blank/" + Journeys.SPARK_OOM), "blank sheet"));
		weights.put("interviews", weigh(browser.open("/interviews"), "interviews"));
		weights.put("candidate room", weigh(browser.open(candidate), "candidate room"));

		weights.forEach((page, bytes) -> System.out.printf("Page weight: %-16s %6.1f KB%n", page, bytes / 1024.0));
		assertThat(weights).hasSize(11).allSatisfy((page, bytes) -> assertThat(bytes).isPositive());
	}

	private static long weigh(Browser browser, String page) {
		return PageChecks.lightweight(browser, page);
	}

}
