package app.mockinterview.content.prepdoc;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.mockinterview.content.prepdoc.MarkdownLists.Item;

import static org.assertj.core.api.Assertions.assertThat;

/** Top-level list items, and a model answer split into parts at its numbered steps. */
class MarkdownListsTests {

	@Test
	void nestedLinesBelongToTheirItemWithoutItsIndentation() {
		List<Item> items = MarkdownLists.topLevelItems(
				List.of("* **Name**: first", "  - nested", "    more", "", "2. second", "   text", "after the list"));
		assertThat(items).containsExactly(new Item("**Name**: first", List.of("- nested", "  more", "")),
				new Item("second", List.of("text")));
		assertThat(items.get(0).joined()).isEqualTo("**Name**: first - nested more");
	}

	@Test
	void blankLineRunsFoldIntoOne() {
		assertThat(MarkdownLists.collapseBlankLines("a\n\n  \n\t\nb\n\nc")).isEqualTo("a\n\nb\n\nc");
	}

	@Test
	void numberedStepsWithBoldTitlesBecomePartsAndCodeKeepsItsShape() {
		String answer = String.join("\n", "1. **Make it idempotent:** overwrite the partition.", "",
				"2. **Run the backfill.**", "   ```bash", "   airflow dags backfill", "   1. **not a step**", "   ```",
				"", "**Why this works:** reruns are safe.", "A closing line.");
		assertThat(ModelAnswerParts.split(answer)).isEqualTo(String.join("\n", "### Make it idempotent", "",
				"overwrite the partition.", "", "### Run the backfill", "", "```bash", "airflow dags backfill",
				"1. **not a step**", "```", "", "### Why this works", "", "reruns are safe.", "A closing line."));
	}

	@Test
	void aBoldLineInsideAFenceAfterTheStepsIsNotAPart() {
		String answer = String.join("\n", "1. **Step:** one", "```", "**kept as code**", "```");
		assertThat(ModelAnswerParts.split(answer))
			.isEqualTo(String.join("\n", "### Step", "", "one", "```", "**kept as code**", "```"));
	}

	@Test
	void anAnswerThatIsNotAllBoldNumberedStepsIsKeptAsItIs() {
		String answer = "1. **Step:** one\n\n\n2. plain step\n";
		assertThat(ModelAnswerParts.split(answer)).isEqualTo("1. **Step:** one\n\n2. plain step");
		assertThat(ModelAnswerParts.split("- **Step:** a bullet")).isEqualTo("- **Step:** a bullet");
	}

}
