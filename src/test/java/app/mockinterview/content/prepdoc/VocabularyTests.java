package app.mockinterview.content.prepdoc;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.mockinterview.question.Area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The vocabulary files: the shipped ones load, and a file that is missing or does not fit
 * stops with an error naming it.
 */
class VocabularyTests {

	@Test
	void theShippedListsLoadInTheOrderOfTheirFiles() {
		assertThat(Vocabulary.pairs("topics.txt", Optional::of)).hasSize(47)
			.containsEntry("delta lake", "Delta Lake")
			.containsEntry("oom", "Performance")
			.extractingFromEntries(Map.Entry::getKey)
			.startsWith("spark", "kafka", "sql")
			.endsWith("modelling");
		assertThat(Vocabulary.pairs("area-words.txt", Area::fromSlug)).hasSize(27)
			.containsEntry("backfill*", Area.ORCHESTRATION)
			.extractingFromEntries(Map.Entry::getKey)
			.startsWith("design")
			.endsWith("batch");
		assertThat(Vocabulary.words("design-words.txt")).containsExactly("design", "architect", "build a",
				"pipeline for");
		assertThat(Vocabulary.words("troubleshooting-words.txt")).hasSize(10).contains("out of memory", "reprocess");
		assertThat(Vocabulary.words("not-company-words.txt")).hasSize(58).contains("from", "e.g", "glassdoor");
	}

	@Test
	void wordsAreStrippedAndReadInLowerCaseWithoutCommentsOrBlankLines() {
		assertThat(Vocabulary.words("test/words.txt")).containsExactly("delta lake", "build a");
	}

	@Test
	void aMissingFileIsAnErrorThatNamesIt() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.words("no-such-list.txt"))
			.withMessage("Prep-document vocabulary /prepdoc/vocabulary/no-such-list.txt is missing from the classpath");
	}

	@Test
	void aFileWithOnlyCommentsIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.words("test/only-comments.txt"))
			.withMessageContaining("/prepdoc/vocabulary/test/only-comments.txt lists nothing");
	}

	@Test
	void aPairWithoutItsValueIsAnErrorThatNamesTheLine() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.pairs("test/no-equals.txt", Optional::of))
			.withMessage("Prep-document vocabulary /prepdoc/vocabulary/test/no-equals.txt, line 3: "
					+ "expected 'words = value', found 'kafka'");
	}

	@Test
	void wordsListedTwiceWhateverTheirCaseAreAnError() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.pairs("test/listed-twice.txt", Area::fromSlug))
			.withMessageContaining("listed-twice.txt, line 2: 'spark' is listed twice");
	}

	@Test
	void anUnknownValueIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> Vocabulary.pairs("test/unknown-area.txt", Area::fromSlug))
			.withMessageContaining("unknown-area.txt, line 2: unknown value 'queues'");
	}

}
