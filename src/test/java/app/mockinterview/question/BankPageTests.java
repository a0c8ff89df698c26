package app.mockinterview.question;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank and question pages over the shipped content, as a browser sees them.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class BankPageTests {

	@Autowired
	MockMvc mvc;

	/** A browser asking for pages. */
	TestClient browser;

	@BeforeEach
	void openBrowser() {
		this.browser = TestClient.mockMvc(this.mvc).header("Accept", "text/html");
	}

	private static java.util.List<String> titles(Document page) {
		return page.select(".question-card__title a").eachText();
	}

	private static final int SHIPPED = TestFiles.shippedQuestionCount();

	@Test
	void listsEveryActiveQuestionEasyFirstWithItsMetadata() {
		Document bank = this.browser.page("/");
		int shown = Math.min(SHIPPED, QuestionBank.PAGE_SIZE);
		assertThat(titles(bank)).hasSize(shown);
		java.util.List<String> badges = bank.select(".question-card .badge").eachText();
		assertThat(badges).isSortedAccordingTo(
				java.util.Comparator.comparing((String label) -> Difficulty.fromSlug(label).orElseThrow().ordinal()));
		assertThat(bank.select(".question-card").first().text()).contains("Visa")
			.contains("Spark")
			.contains("Batch processing")
			.contains("20 min");
		assertThat(bank.select(".difficulty-tabs a").first().text()).isEqualTo("All (" + SHIPPED + ")");
		long perDifficulty = bank.select(".difficulty-tabs a")
			.stream()
			.skip(1)
			.mapToLong((tab) -> Long.parseLong(tab.text().replaceAll("\\D", "")))
			.sum();
		assertThat(perDifficulty).isEqualTo(SHIPPED);
		assertThat(bank.select(".result-count").text())
			.isEqualTo("Showing 1–" + shown + " of " + SHIPPED + " questions");
	}

	@Test
	void filtersByDifficulty() {
		Document bank = this.browser.page("/?difficulty=hard");
		assertThat(titles(bank)).isNotEmpty();
		assertThat(bank.select(".question-card .badge").eachText()).containsOnly("Hard");
		assertThat(bank.select(".difficulty-tabs a[aria-current=page]").text())
			.isEqualTo("Hard (" + titles(bank).size() + ")");
		assertThat(bank.select("#difficulty option[selected]").val()).isEqualTo("hard");
	}

	@Test
	void findsAMediumStreamingQuestionInTwoClicks() {
		Document bank = this.browser.page("/");
		String streaming = bank.select(".area-chips a:contains(Stream processing)").attr("href");
		assertThat(streaming).isEqualTo("/?area=streaming");
		Document areaPage = this.browser.page(streaming);
		String medium = areaPage.select(".difficulty-tabs a:contains(Medium)").attr("href");
		assertThat(medium).isEqualTo("/?area=streaming&difficulty=medium");
		Document result = this.browser.page(medium);
		assertThat(titles(result)).isNotEmpty();
		assertThat(result.select(".question-card__meta"))
			.allSatisfy((meta) -> assertThat(meta.text()).contains("Stream processing").contains("Medium"));
		assertThat(result.select(".area-chips a[aria-current=page]").text()).startsWith("Stream processing (");
	}

	@Test
	void filtersByKindAndExplainsAnUnknownArea() {
		Document designs = this.browser.page("/?kind=design");
		assertThat(titles(designs)).isNotEmpty();
		assertThat(designs.select(".question-card__meta"))
			.allSatisfy((meta) -> assertThat(meta.text()).contains("Design"));
		assertThat(designs.select("#kind option[selected]").val()).isEqualTo("design");
		Document unknown = this.browser.page("/?area=astrology");
		assertThat(unknown.select(".message").eachText())
			.containsExactly("There is no area called \"astrology\", so every area is shown.");
		assertThat(titles(unknown)).hasSize(Math.min(SHIPPED, QuestionBank.PAGE_SIZE));
	}

	@Test
	void filtersByTopicAndCompanyTogetherAndCountsEachDifficultyWithinThem() {
		Document bank = this.browser.page("/?topic=Kafka&company=Goldman%20Sachs");
		assertThat(bank.select(".question-card")).allSatisfy((card) -> {
			assertThat(card.select(".tags").text()).contains("Kafka");
			assertThat(card.select(".question-card__meta").text()).contains("Goldman Sachs");
		});
		assertThat(titles(bank)).isNotEmpty().hasSizeLessThan(8);
		assertThat(bank.select(".difficulty-tabs a").first().text()).isEqualTo("All (" + titles(bank).size() + ")");
		assertThat(bank.select(".difficulty-tabs a").get(1).attr("href"))
			.isEqualTo("/?difficulty=easy&topic=Kafka&company=Goldman%20Sachs");
	}

	@Test
	void searchesTitleAndPromptCaseInsensitively() {
		assertThat(titles(this.browser.page("/?q=SKEW"))).singleElement().asString().containsIgnoringCase("skew");
		assertThat(titles(this.browser.page("/?q=inferSchema"))).hasSize(1);
		assertThat(this.browser.page("/?q=no+such+words+anywhere").select(".empty").text())
			.contains("No question matches these filters.");
	}

	@Test
	void searchesForEveryWordInTheTextAndTheTopics() {
		assertThat(titles(this.browser.page("/?q=kafka%20lag"))).as("words apart, in any order")
			.contains("Cutting Kafka consumer lag without losing events")
			.isEqualTo(titles(this.browser.page("/?q=LAG%20%20Kafka")));
		assertThat(titles(this.browser.page("/?q=Kafka&area=streaming")))
			.as("every question tagged Kafka, whatever its prompt says")
			.containsAll(titles(this.browser.page("/?topic=Kafka&area=streaming")));
		assertThat(titles(this.browser.page("/?q=Kafka")))
			.contains("Designing a pipeline for 100 million events a day");
		assertThat(titles(this.browser.page("/?q=kafka%20skew"))).as("every word must match").isEmpty();
	}

	@Test
	void treatsLikeWildcardsInTheSearchAsPlainText() {
		assertThat(titles(this.browser.page("/?q=inferschema%20option"))).hasSize(1);
		assertThat(titles(this.browser.page("/?q=inferschema%25option"))).isEmpty();
		assertThat(titles(this.browser.page("/?q=inferschema_option"))).isEmpty();
	}

	@Test
	void keepsFiltersInTheUrlOfEveryTopicLink() {
		Document bank = this.browser.page("/?difficulty=medium");
		assertThat(bank.select(".tags a").first().attr("href")).startsWith("/?difficulty=medium&topic=");
	}

	@Test
	void explainsAnUnknownDifficultyInsteadOfFailing() {
		Document bank = this.browser.page("/?difficulty=extreme&page=abc");
		assertThat(titles(bank)).hasSize(Math.min(SHIPPED, QuestionBank.PAGE_SIZE));
		assertThat(bank.select(".message").eachText()).containsExactly(
				"There is no difficulty called \"extreme\", so every difficulty is shown. Choose easy, medium or hard.",
				"\"abc\" is not a page number, so the first page is shown.");
	}

	@Test
	void worksWithoutJavaScriptThroughAPlainGetForm() {
		Document bank = this.browser.page("/");
		assertThat(bank.select("form.filters").attr("method")).isEqualTo("get");
		assertThat(bank.select("script")).isEmpty();
		assertThat(bank.select("form.filters select, form.filters input")).allSatisfy(
				(control) -> assertThat(bank.select("label[for=" + control.id() + "]")).as("label for " + control.id())
					.isNotEmpty());
	}

	@Nested
	class QuestionPage {

		@Test
		void showsThePromptReportedWordingSourceAndRubricNames() {
			Document question = BankPageTests.this.browser.page("/questions/pipeline-100m-events-per-day");
			assertThat(question.select("h1").text()).isNotBlank();
			assertThat(question.select("#prompt-heading + .prose").text()).isNotBlank();
			assertThat(question.select(".reported blockquote").text()).contains("100 million events per day");
			assertThat(question.select(".reported figcaption a").attr("href")).startsWith("https://www.jointaro.com/");
			assertThat(question.select(".criteria li").eachText()).contains("Clarifying requirements", "Communication")
				.hasSizeGreaterThan(4);
			assertThat(question.select(".timebox").text()).contains("Clarify").contains("25 min");
		}

		@Test
		void neverRevealsTheModelAnswerApproachOrFollowUps() {
			Document question = BankPageTests.this.browser.page("/questions/pipeline-100m-events-per-day");
			String text = question.text();
			assertThat(text).doesNotContain("Model answer", "Follow-ups", "1,157", "replication factor");
			assertThat(question.select("h2").eachText()).doesNotContain("Approach", "Clarify");
		}

		@Test
		void answersAFriendly404ForAnUnknownQuestion() {
			assertThat(BankPageTests.this.browser.get("/questions/no-such-question")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

}
