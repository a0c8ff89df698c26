package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;
import app.mockinterview.question.Difficulty;

import static org.assertj.core.api.Assertions.assertThat;

/** The title, companies and difficulty a question's heading gives. */
class QuestionHeadingTests {

	private final List<ContentProblem> problems = new ArrayList<>();

	private QuestionHeading read(String heading, Difficulty group) {
		PrepQuestion prep = new PrepQuestion(12, heading, group, Map.of(), List.of(), List.of(), List.of());
		return QuestionHeading.read("doc.md", prep, this.problems);
	}

	@Test
	void theNumberAndTheAsideAreTakenOffTheTitle() {
		QuestionHeading heading = read("🟢 Easy 1 — Backfilling a `daily` DAG (Acme Freight interview)", null);
		assertThat(heading.title()).isEqualTo("Backfilling a daily DAG");
		assertThat(heading.companies()).containsExactly("Acme Freight");
		assertThat(heading.difficulty()).contains(Difficulty.EASY);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void theGroupDifficultyWinsOverTheHeadingWithAWarning() {
		assertThat(read("Hard 2: Late events", Difficulty.MEDIUM).difficulty()).contains(Difficulty.MEDIUM);
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:12: warning: the heading says hard but the question is under the medium group; "
					+ "using medium");
	}

	@Test
	void aHeadingWithoutTitleOrDifficultyIsAnError() {
		QuestionHeading heading = read("Q7. (Visa)", null);
		assertThat(heading.title()).isEqualTo("(Visa)");
		assertThat(read("3 -", null).title()).isEmpty();
		assertThat(this.problems).extracting(ContentProblem::message)
			.containsExactly(
					"no difficulty: put the question under an EASY, MEDIUM or HARD heading, or start its "
							+ "heading with Easy, Medium or Hard",
					"the question heading has no title",
					"no difficulty: put the question under an EASY, MEDIUM or HARD heading, or start its "
							+ "heading with Easy, Medium or Hard");
	}

	@Test
	void aLongTitleIsCutWithAWarning() {
		assertThat(read("Medium 1. " + "x".repeat(250), null).title()).hasSize(200);
		assertThat(this.problems).extracting(ContentProblem::message)
			.containsExactly("the title is cut to 200 characters");
	}

}
