package app.mockinterview.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 with the keyboard alone (Tab, Enter and Space, and typing into the notes):
 * the skip link comes first and leads to the content, every focused control shows its
 * focus, and a stage change puts the focus on the new stage's heading.
 */
class KeyboardJourneyTests extends OneBrowserTests {

	private static final int MAX_TABS = 120;

	private final List<String> invisibleFocus = new ArrayList<>();

	@Test
	void practiseAloneWithTheKeyboardOnly() {
		this.browser.open("/questions/" + Journeys.SPARK_OOM);

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.getRect().getY()).as("the skip link is on screen when focused").isGreaterThanOrEqualTo(0);
		assertFocusVisible();
		press(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("main");

		tabTo("the Practice solo button", (element) -> text(element).equals("Practice solo"));
		pressAndWaitForTheNextPage(Keys.ENTER);
		assertThat(Journeys.stageHeading(this.browser)).isEqualTo("Clarify");

		tabTo("the notes", (element) -> "notes".equals(element.getDomAttribute("id")));
		focused().sendKeys("Is the failing process the driver or an executor?");
		tabTo("Reveal a hint", (element) -> text(element).startsWith("Reveal a hint"));
		pressAndWaitForTheNextPage(Keys.SPACE);
		assertThat(this.browser.findAll(".hints__list li")).hasSize(1);

		for (String next : List.of("Approach", "Answer", "Review")) {
			tabTo("the next stage button", (element) -> text(element).startsWith("Next: " + next));
			pressAndWaitForTheNextPage(Keys.ENTER);
			assertThat(focused().getDomAttribute("id")).as("focus after moving to %s", next).isEqualTo("stage-heading");
			assertThat(text(focused())).isEqualTo(next);
			if (!next.equals("Review")) {
				tabTo("the notes", (element) -> "notes".equals(element.getDomAttribute("id")));
				focused().sendKeys("Notes for " + next + ", typed without a mouse.");
			}
		}
		assertThat(this.browser.mainText()).contains("Notes for Approach, typed without a mouse.");

		int criteria = this.browser.findAll("form.self-score fieldset.criterion").size();
		for (int i = 0; i < criteria; i++) {
			String name = "ratings[" + i + "].rating";
			tabTo("the first rating of criterion " + i, (element) -> name.equals(element.getDomAttribute("name")));
			press(Keys.SPACE);
			assertThat(focused().isSelected()).isTrue();
		}
		tabTo("the finish button", (element) -> text(element).equals("Finish and save my self-score"));
		pressAndWaitForTheNextPage(Keys.ENTER);
		assertThat(Journeys.stageHeading(this.browser)).isEqualTo("Your completed attempt");

		tabTo("My practice in the navigation", (element) -> text(element).equals("My practice"));
		pressAndWaitForTheNextPage(Keys.ENTER);
		assertThat(this.browser.text(".attempts-table")).contains("Completed");
		assertThat(this.invisibleFocus).as("controls focused without a visible focus indicator").isEmpty();
	}

	private static String text(WebElement element) {
		return element.getText().replaceAll("\\s+", " ").trim();
	}

	private WebElement focused() {
		return this.browser.driver().switchTo().activeElement();
	}

	private void press(CharSequence key) {
		new Actions(this.browser.driver()).sendKeys(key).perform();
	}

	private void pressAndWaitForTheNextPage(CharSequence key) {
		WebElement page = this.browser.find("html");
		press(key);
		this.browser.waitForTheNextPage(page);
	}

	private void tabTo(String what, Predicate<WebElement> target) {
		List<String> visited = new ArrayList<>();
		for (int i = 0; i < MAX_TABS; i++) {
			press(Keys.TAB);
			assertFocusVisible();
			WebElement element = focused();
			if (target.test(element)) {
				return;
			}
			visited.add("<" + element.getTagName() + " id=" + element.getDomAttribute("id") + "> " + text(element));
		}
		throw new AssertionError("Tab never reached " + what + " on " + this.browser.path() + "; it went through "
				+ String.join(", ", visited.subList(0, Math.min(30, visited.size()))));
	}

	private void assertFocusVisible() {
		Object visible = this.browser.js("var e = document.activeElement; var s = getComputedStyle(e);"
				+ "return e === document.body || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2);");
		if (!Boolean.TRUE.equals(visible)) {
			WebElement element = focused();
			this.invisibleFocus.add(this.browser.path() + ": <" + element.getTagName() + "> " + text(element));
		}
	}

}
