package app.mockinterview.content;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guardrail for the repository's own content: every file under {@code content/} must
 * validate cleanly and meet the bank's standard (anchored levels, red flags, wrong
 * answers, senior signals, every area covered).
 */
class ShippedContentTests {

	private static final Path CONTENT = Path.of("content");

	private static final List<String> SOURCE_QUESTIONS = List.of("spark-inferschema-1tb",
			"kafka-to-data-lake-consistency", "spark-oom-troubleshooting", "kafka-consumer-lag-without-loss",
			"kafka-json-schema-evolution", "spark-data-skew-large-joins", "pipeline-100m-events-per-day",
			"reprocess-only-failed-records");

	private static List<QuestionContent> shipped() {
		return new ContentScanner().scan(CONTENT, (path, hash) -> Optional.empty())
			.questions()
			.stream()
			.map((file) -> file.content().orElseThrow())
			.toList();
	}

	@Test
	void everyShippedFileValidatesWithoutAnyProblem() {
		assertThat(new ContentValidator().validate(CONTENT)).isEmpty();
	}

	@Test
	void theBankKeepsTheEightSourceQuestionsAndCoversEveryAreaTwice() {
		List<QuestionContent> questions = shipped();
		assertThat(questions).extracting(QuestionContent::id).containsAll(SOURCE_QUESTIONS);
		Map<Area, Long> perArea = new EnumMap<>(Area.class);
		questions.forEach((question) -> perArea.merge(question.area(), 1L, Long::sum));
		for (Area area : Area.values()) {
			assertThat(perArea.getOrDefault(area, 0L)).as(area.label()).isGreaterThanOrEqualTo(2L);
		}
		assertThat(perArea.get(Area.SYSTEM_DESIGN)).as("end-to-end designs").isGreaterThanOrEqualTo(4L);
		Map<Difficulty, Long> perDifficulty = questions.stream()
			.collect(Collectors.groupingBy(QuestionContent::difficulty, Collectors.counting()));
		assertThat(perDifficulty).allSatisfy(
				(difficulty, count) -> assertThat(count * 100 / questions.size()).as(difficulty.label() + " share in %")
					.isGreaterThanOrEqualTo(difficulty == Difficulty.MEDIUM ? 35 : 15));
	}

	@Test
	void everyQuestionIsAnchoredForInterviewers() {
		assertThat(shipped()).allSatisfy((question) -> {
			assertThat(question.criteria()).as(question.id() + " criteria").hasSizeBetween(3, 5);
			assertThat(question.criteria()).as(question.id() + " levels")
				.allSatisfy((criterion) -> assertThat(criterion.levels()).hasSize(4).allMatch((l) -> !l.isBlank()));
			assertThat(question.guide().redFlags()).as(question.id() + " red flags").hasSizeGreaterThanOrEqualTo(2);
			assertThat(question.guide().wrongAnswers()).as(question.id() + " wrong answers")
				.hasSizeGreaterThanOrEqualTo(2);
			assertThat(question.guide().seniorSignalsHtml()).as(question.id() + " senior signals").isNotEmpty();
			assertThat(question.hints()).as(question.id() + " hints")
				.extracting("stage")
				.contains(Stage.CLARIFY, Stage.APPROACH, Stage.ANSWER);
			assertThat(question.sourcesHtml()).as(question.id() + " sources").contains("href=\"https://");
			if (question.isReported()) {
				assertThat(question.sourceUrl()).as(question.id() + " report").startsWith("https://");
				assertThat(question.sourcesHtml()).as(question.id() + " links its report")
					.contains(question.sourceUrl().replace("&", "&amp;"));
			}
			else {
				assertThat(question.companies()).as(question.id() + " companies without a report").isEmpty();
			}
		});
	}

	@Test
	void keepsTheSourceDocumentsKeyNumbers() {
		Map<String, QuestionContent> byId = shipped().stream().collect(Collectors.toMap(QuestionContent::id, (q) -> q));
		String pipeline = byId.get("pipeline-100m-events-per-day").modelAnswerHtml();
		assertThat(pipeline).contains("1,157")
			.contains("12k")
			.contains("replication factor 3")
			.contains("90 days")
			.contains("12 partitions");
		assertThat(byId.get("spark-inferschema-1tb").promptHtml()).contains("1 TB");
	}

}
