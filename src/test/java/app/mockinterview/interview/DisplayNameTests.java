package app.mockinterview.interview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name shows what was typed: nothing invisible may reorder or hide part of it.
 */
class DisplayNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200E", "\u200F",
			"\u061C", "\uFEFF", "\u00AD", "\u2028", "\u0007", "\u3164" })
	void invisibleAndBidirectionalControlCharactersAreRemoved(String invisible) {
		assertThat(DisplayName.of("Ann" + invisible + "gnp.exe", "Candidate")).isEqualTo("Anngnp.exe");
	}

	@Test
	void aNameOfOnlyInvisibleCharactersFallsBackToTheRole() {
		assertThat(DisplayName.of("\u202E\u200B \u2066", "Candidate")).isEqualTo("Candidate");
	}

	@Test
	void visibleTextOfAnyScriptStays() {
		assertThat(DisplayName.of("  Zoë 李 محمد  ", "Candidate")).isEqualTo("Zoë 李 محمد");
	}

}
