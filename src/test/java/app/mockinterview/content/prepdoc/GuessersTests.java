package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.question.Area;
import app.mockinterview.question.QuestionKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the guessers make of a title, an aside or a wording with the shipped vocabulary.
 */
class GuessersTests {

	private final List<ContentProblem> problems = new ArrayList<>();

	@Nested
	class Companies {

		@Test
		void anAsideLosesTheWordsThatAreNotPartOfAName() {
			assertThat(CompanyGuesser.companiesIn("from Visa interview reports")).containsExactly("Visa");
			assertThat(CompanyGuesser.companiesIn("e.g. Capital One, Stripe & Uber onsite"))
				.containsExactly("Capital One", "Stripe", "Uber");
		}

		@Test
		void piecesThatStartInLowerCaseOrAreTooLongAreNotCompanies() {
			assertThat(CompanyGuesser.companiesIn("reported by candidates at startups")).isEmpty();
			assertThat(CompanyGuesser.companiesIn("Some Very Long Company Name")).isEmpty();
			assertThat(CompanyGuesser.companiesIn(null)).isEmpty();
		}

		@Test
		void theAttributionAddsCompaniesAndAShortNameGivesWayToTheLongerOne() {
			assertThat(CompanyGuesser.companies(List.of("Goldman", "Visa"), "Goldman Sachs or Visa interview"))
				.containsExactly("Visa", "Goldman Sachs");
			assertThat(CompanyGuesser.companies(List.of("Meta", "Metabase"), "")).containsExactly("Meta", "Metabase");
		}

		@Test
		void anAsideEndsTheTextAndHasTextBeforeIt() {
			assertThat(CompanyGuesser.trailingAside("Backfill a DAG (Acme interview) "))
				.contains(new CompanyGuesser.Aside("Backfill a DAG", "Acme interview"));
			assertThat(CompanyGuesser.trailingAside("(Acme interview)")).isEmpty();
			assertThat(CompanyGuesser.trailingAside("Backfill (a DAG) daily")).isEmpty();
		}

	}

	@Nested
	class Topics {

		private final TopicGuesser guesser = new TopicGuesser("doc.md");

		@Test
		void wholeWordsGiveTopicsInTheOrderOfTheVocabularyOnce() {
			assertThat(this.guesser.topics("OOM and skew in a Spark job reading S3", 3, GuessersTests.this.problems))
				.containsExactly("Spark", "S3", "Performance");
			assertThat(GuessersTests.this.problems).isEmpty();
		}

		@Test
		void atMostSixTopicsAreKept() {
			assertThat(this.guesser.topics("spark kafka sql airflow dbt flink hadoop hive", 3,
					GuessersTests.this.problems))
				.containsExactly("Spark", "Kafka", "SQL", "Airflow", "dbt", "Flink");
		}

		@Test
		void withoutAKnownWholeWordTheTopicIsGeneralWithAWarning() {
			assertThat(this.guesser.topics("Sparkling dashboards", 3, GuessersTests.this.problems))
				.containsExactly("General");
			assertThat(GuessersTests.this.problems).singleElement()
				.satisfies((problem) -> assertThat(problem.toString()).isEqualTo(
						"doc.md:3: warning: no known topic in the title or wording; the topic is set to 'General'"));
		}

	}

	@Nested
	class AreaAndKind {

		private final AreaKindGuesser guesser = new AreaKindGuesser("doc.md");

		private Area area(String title, String... topics) {
			return this.guesser.area(title, List.of(topics), 1, GuessersTests.this.problems);
		}

		@Test
		void theFirstAreaWordsInTheVocabularyWin() {
			assertThat(area("Design a Kafka pipeline")).isEqualTo(Area.SYSTEM_DESIGN);
			assertThat(area("Dedupe orders in Kafka", "Spark")).isEqualTo(Area.STREAMING);
			assertThat(area("Late rows", "Snowflake")).isEqualTo(Area.WAREHOUSE);
		}

		@Test
		void wordsWithAStarMatchTheStartOfAWordAndOthersOnlyAWholeWord() {
			assertThat(area("Backfilling a month")).isEqualTo(Area.ORCHESTRATION);
			assertThat(area("Streams of clicks")).isEqualTo(Area.STREAMING);
			assertThat(area("Sparkling dashboards")).isEqualTo(Area.SYSTEM_DESIGN);
			assertThat(area("Designer tools")).isEqualTo(Area.SYSTEM_DESIGN);
			assertThat(area("Upstream changes")).isEqualTo(Area.SYSTEM_DESIGN);
		}

		@Test
		void theGuessIsReportedAsAWarning() {
			area("Debug a slow Spark job");
			assertThat(GuessersTests.this.problems).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).contains("guessed area 'batch'")
					.contains("kind 'troubleshooting'"));
		}

		@Test
		void designWordsComeBeforeTroubleshootingWordsAnywhereInTheTitle() {
			assertThat(AreaKindGuesser.kind("Redesign a pipeline that fails")).isEqualTo(QuestionKind.DESIGN);
			assertThat(AreaKindGuesser.kind("Fixing OOM errors")).isEqualTo(QuestionKind.TROUBLESHOOTING);
			assertThat(AreaKindGuesser.kind("What is a watermark?")).isEqualTo(QuestionKind.CONCEPT);
		}

	}

}
