package app.mockinterview.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.mockinterview.question.Difficulty;
import app.mockinterview.question.QuestionContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guardrail for the repository's own content: every file under {@code content/} must
 * validate cleanly.
 */
class ShippedContentTests {

	private static final Path CONTENT = Path.of("content");

	@Test
	void everyShippedFileValidatesWithoutAnyProblem() {
		assertThat(new ContentValidator().validate(CONTENT)).isEmpty();
	}

	@Test
	void theBankStartsWithTheEightSourceQuestions() {
		List<QuestionContent> questions = new ContentScanner().scan(CONTENT, (path, hash) -> Optional.empty())
			.questions()
			.stream()
			.map((file) -> file.content().orElseThrow())
			.toList();
		Map<Difficulty, Long> perDifficulty = questions.stream()
			.collect(Collectors.groupingBy(QuestionContent::difficulty, Collectors.counting()));
		assertThat(perDifficulty).containsEntry(Difficulty.EASY, 2L)
			.containsEntry(Difficulty.MEDIUM, 4L)
			.containsEntry(Difficulty.HARD, 2L);
		assertThat(questions).allSatisfy((question) -> {
			assertThat(question.criteria()).as(question.id() + " criteria").hasSizeGreaterThanOrEqualTo(3);
			assertThat(question.hints()).as(question.id() + " hints")
				.extracting("stage")
				.contains(app.mockinterview.question.Stage.CLARIFY, app.mockinterview.question.Stage.APPROACH,
						app.mockinterview.question.Stage.ANSWER);
			assertThat(question.sourceUrl()).as(question.id() + " source")
				.startsWith("https://")
				.doesNotContain("utm_");
		});
	}

	@Test
	void keepsTheSourceDocumentsKeyNumbers() {
		Map<String, QuestionContent> byId = new ContentScanner().scan(CONTENT, (path, hash) -> Optional.empty())
			.questions()
			.stream()
			.map((file) -> file.content().orElseThrow())
			.collect(Collectors.toMap(QuestionContent::id, (q) -> q));
		String pipeline = byId.get("pipeline-100m-events-per-day").modelAnswerHtml();
		assertThat(pipeline).contains("1,157")
			.contains("12k")
			.contains("replication factor = 3")
			.contains("90 days")
			.contains("12 partitions");
		assertThat(byId.get("spark-inferschema-1tb").promptHtml()).contains("1 TB");
	}

}
