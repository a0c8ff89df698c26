package app.mockinterview.content;

import app.mockinterview.question.RatingLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RubricFileParserTests {

	private static final String RUBRIC = """
			---
			title: Common rubric
			---

			## Common criteria

			- **Clarifying requirements**: asks before designing.
			  - **Strong no**: starts designing at once.
			  - **Lean no**: asks only when prompted.
			  - **Lean yes**: asks about volume and latency first.
			  - **Strong yes**: turns the answers into stated assumptions.
			- **Communication**: explains clearly.
			  - **Strong no**: cannot be followed.
			  - **Lean no**: rambles.
			  - **Lean yes**: explains in order.
			  - **Strong yes**: checks in and adapts.

			## The bar

			Lean yes is what a mid-level data engineer does.

			## Rating scale

			1. **Strong no**: well below the bar.
			2. **Lean no**: below the bar.
			3. **Lean yes**: meets the bar.
			4. **Strong yes**: above the bar.
			""";

	private final RubricFileParser parser = new RubricFileParser(new MarkdownRenderer());

	@Test
	void readsCommonCriteriaAndTheFourLevelScaleLowestFirst() {
		RubricFileParser.Result result = this.parser.parse("rubric.md", RUBRIC);
		RubricFileParser.ParsedRubric rubric = result.rubric().orElseThrow();
		assertThat(rubric.criteria()).extracting("key").containsExactly("clarifying-requirements", "communication");
		assertThat(rubric.criteria().get(0).levels()).containsExactly("starts designing at once.",
				"asks only when prompted.", "asks about volume and latency first.",
				"turns the answers into stated assumptions.");
		assertThat(rubric.barHtml()).contains("mid-level data engineer");
		assertThat(rubric.scale()).extracting(RatingLevel::getScore, RatingLevel::getLabel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Strong no"),
					org.assertj.core.groups.Tuple.tuple(2, "Lean no"),
					org.assertj.core.groups.Tuple.tuple(3, "Lean yes"),
					org.assertj.core.groups.Tuple.tuple(4, "Strong yes"));
	}

	@Test
	void rejectsAScaleWithANeutralMiddle() {
		RubricFileParser.Result result = this.parser.parse("rubric.md",
				RUBRIC.replace("4. **Strong yes**", "4. **Neutral**: neither.\n5. **Strong yes**"));
		assertThat(result.rubric()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"rubric.md:22: the rating scale must have exactly 4 levels, lowest first (no neutral middle); found 5");
	}

	@Test
	void rejectsACommonCriterionWithoutItsLevels() {
		RubricFileParser.Result result = this.parser.parse("rubric.md",
				RUBRIC.replace("  - **Lean no**: rambles.\n", ""));
		assertThat(result.rubric()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("rubric.md:14: criterion 'Communication': level 2 must be labelled 'Lean no', "
					+ "found 'Lean yes'");
	}

	@Test
	void rejectsARubricWithoutCommonCriteria() {
		RubricFileParser.Result result = this.parser.parse("rubric.md",
				RUBRIC.replace("## Common criteria", "## Shared").replace("- **Clar", "Clar"));
		assertThat(result.rubric()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.contains("rubric.md:28: missing required section '## Common criteria'");
	}

}
