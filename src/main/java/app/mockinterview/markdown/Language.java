package app.mockinterview.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the highlighter needs to know about a language: its keywords, how its comments and
 * strings are written.
 *
 * @param keywords the keywords, lower case when {@code caseInsensitive}
 * @param lineComments what starts a comment that runs to the end of the line
 * @param blockComments whether {@code /* ... *\/} comments exist
 * @param quotes the characters that open and close a string
 * @param tripleQuotes whether strings may be tripled ({@code """ ... """})
 * @param backslashEscapes whether a backslash escapes the next character in a string
 */
record Language(String name, Set<String> keywords, boolean caseInsensitive, List<String> lineComments,
		boolean blockComments, String quotes, boolean tripleQuotes, boolean backslashEscapes) {

	boolean isKeyword(String word) {
		return this.keywords.contains(this.caseInsensitive ? word.toLowerCase(Locale.ROOT) : word);
	}

}
