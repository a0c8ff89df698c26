package app.mockinterview.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
	void scoreOnTheConsoleWithoutJavaScript() {
		this.browser.open("/questions/" + Journeys.SPARK_OOM).click("Run a mock interview");
		this.browser.type("#interviewerName", "Ada").type("#candidateName", "Grace").click("Create the interview");
		this.browser.click("Start the interview");
		assertThat(this.browser.has("#shortcuts:not([hidden])")).as("shortcuts are listed only where they work")
			.isFalse();
		WebElement first = this.browser.findAll("#scoring fieldset.criterion").get(0);
		String criterion = first.findElement(By.cssSelector("legend")).getText();
		first.findElement(By.cssSelector("input[type=radio][value='3']")).sendKeys(" ");
		first.findElement(By.cssSelector("textarea")).sendKeys("[4:10] Asked which process died first.");
		this.browser.click("Save ratings");
		assertThat(this.browser.mainText()).contains("Ratings and evidence saved to your scoring sheet.");
		assertThat(this.browser.find("#scoring fieldset.criterion input[value='3']").isSelected()).isTrue();

		this.browser.click("Your scoring sheet (draft)");
		WebElement onSheet = this.browser.findAll("form.sheet-form fieldset.criterion").get(0);
		assertThat(onSheet.findElement(By.cssSelector("legend")).getText()).isEqualTo(criterion);
		assertThat(onSheet.findElement(By.cssSelector("input[type=radio][value='3']")).isSelected()).isTrue();
		assertThat(onSheet.findElement(By.cssSelector("textarea")).getDomProperty("value"))
			.isEqualTo("[4:10] Asked which process died first.");
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
