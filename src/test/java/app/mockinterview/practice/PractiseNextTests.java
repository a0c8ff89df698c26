package app.mockinterview.practice;

import java.util.List;
import java.util.OptionalDouble;

import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;
import app.mockinterview.question.QuestionKind;
import app.mockinterview.question.QuestionSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Practise next" suggests by area: never-practised areas first, then the lowest
 * self-scores, one question per area.
 */
class PractiseNextTests {

	private static final List<QuestionSummary> BANK = List.of(question("sql-1", Area.SQL), question("sql-2", Area.SQL),
			question("spark-1", Area.BATCH), question("kafka-1", Area.STREAMING), question("kafka-2", Area.STREAMING),
			question("design-1", Area.SYSTEM_DESIGN));

	private static QuestionSummary question(String id, Area area) {
		return new QuestionSummary(id, id, Difficulty.MEDIUM, area, QuestionKind.CONCEPT, List.of(), List.of(), 30);
	}

	private static PractiseNext.Tried tried(String id, double score) {
		return new PractiseNext.Tried(id, OptionalDouble.of(score));
	}

	@Test
	void aNewcomerGetsOneQuestionFromEachOfTheFirstAreas() {
		assertThat(PractiseNext.suggest(BANK, List.of(), 3)).extracting(MyPracticeView.Suggestion::questionId)
			.containsExactly("sql-1", "spark-1", "kafka-1");
	}

	@Test
	void areasNeverPractisedComeBeforeAnyPractisedOne() {
		List<MyPracticeView.Suggestion> next = PractiseNext.suggest(BANK,
				List.of(tried("sql-1", 1.0), tried("spark-1", 4.0)), 3);
		assertThat(next).extracting(MyPracticeView.Suggestion::area)
			.containsExactly("Stream processing", "System design", "SQL");
		assertThat(next.get(2).questionId()).as("an untried question of the weak area").isEqualTo("sql-2");
		assertThat(next.get(2).reason()).isEqualTo("Practised once, average self-score 1.0 of 4");
	}

	@Test
	void onceEveryAreaIsPractisedTheLowestScoredComeFirstWithTheirWeakestQuestion() {
		List<MyPracticeView.Suggestion> next = PractiseNext.suggest(BANK,
				List.of(tried("sql-1", 3.5), tried("sql-2", 3.0), tried("spark-1", 1.5), tried("kafka-1", 2.5),
						tried("kafka-2", 2.0), tried("design-1", 3.9)),
				2);
		assertThat(next).extracting(MyPracticeView.Suggestion::questionId).containsExactly("spark-1", "kafka-2");
	}

	@Test
	void amongUnscoredPractisedAreasTheLeastPractisedComesFirst() {
		List<PractiseNext.Standing> standings = PractiseNext.standings(BANK,
				List.of(new PractiseNext.Tried("sql-1", OptionalDouble.empty()),
						new PractiseNext.Tried("sql-2", OptionalDouble.empty()),
						new PractiseNext.Tried("spark-1", OptionalDouble.empty())),
				java.util.Map.of("sql-1", BANK.get(0), "sql-2", BANK.get(1), "spark-1", BANK.get(2)));
		assertThat(standings).extracting(PractiseNext.Standing::area)
			.containsExactly(Area.STREAMING, Area.SYSTEM_DESIGN, Area.BATCH, Area.SQL);
	}

}
