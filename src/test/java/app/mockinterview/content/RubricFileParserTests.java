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
			- **Communication**: explains clearly.

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
					"rubric.md:10: the rating scale must have exactly 4 levels, lowest first (no neutral middle); found 5");
	}

	@Test
	void rejectsARubricWithoutCommonCriteria() {
		RubricFileParser.Result result = this.parser.parse("rubric.md",
				RUBRIC.replace("## Common criteria", "## Shared").replace("- **Clar", "Clar"));
		assertThat(result.rubric()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.contains("rubric.md:16: missing required section '## Common criteria'");
	}

}
