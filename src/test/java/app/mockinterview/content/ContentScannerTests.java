package app.mockinterview.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line checks that keep pathological files away from the Markdown parser.
 */
class ContentScannerTests {

	@Test
	void findsTheFirstLineIndentedOrQuotedBeyondTheLimit() {
		String deep = " ".repeat(4) + ">".repeat(3) + "\t" + "x";
		assertThat(ContentScanner.firstLineIndentedMoreThan("a\n" + deep + "\nb", 7)).isEqualTo(2);
		assertThat(ContentScanner.firstLineIndentedMoreThan("a\n" + deep + "\nb", 8)).isZero();
	}

	@Test
	void countsLinesEndedByAnyLineBreak() {
		String deep = " ".repeat(10) + "x";
		assertThat(ContentScanner.firstLineIndentedMoreThan("a\r\nb\rc\n" + deep, 9)).isEqualTo(4);
		assertThat(ContentScanner.firstLineLongerThan("a\r\nb\rc\n" + "y".repeat(10), 9)).isEqualTo(4);
	}

	@Test
	void indentationAfterTextOnALineDoesNotCount() {
		assertThat(ContentScanner.firstLineIndentedMoreThan("x" + " ".repeat(50) + ">>>>", 9)).isZero();
		assertThat(ContentScanner.firstLineIndentedMoreThan(" ".repeat(9) + "\n" + " ".repeat(9), 9)).isZero();
		assertThat(ContentScanner.firstLineIndentedMoreThan("", 0)).isZero();
	}

}
