package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The word lists the prep-document import guesses with, read from text files under
 * {@code /prepdoc/vocabulary/} on the classpath (each file says what its list is for).
 * One entry a line; blank lines and lines starting with {@code #} are skipped. Words are
 * read in lower case, as the texts they are matched against are. Each list is read once,
 * by the class that uses it; a missing or empty file, or a line that does not fit, stops
 * with an error naming the file and line.
 */
final class Vocabulary {

	static final String FOLDER = "/prepdoc/vocabulary/";

	private Vocabulary() {
	}

	/** The words of a list file, in lower case and in the order of the file. */
	static List<String> words(String file) {
		return lines(file).stream().map((line) -> line.text().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * The {@code words = value} lines of a file, in its order: the words in lower case,
	 * each value as {@code value} reads it (empty for a value that is not known).
	 */
	static <V> Map<String, V> pairs(String file, Function<String, Optional<V>> value) {
		Map<String, V> pairs = new LinkedHashMap<>();
		for (Line line : lines(file)) {
			int equals = line.text().indexOf('=');
			String words = (equals < 0) ? "" : line.text().substring(0, equals).strip().toLowerCase(Locale.ROOT);
			String written = (equals < 0) ? "" : line.text().substring(equals + 1).strip();
			if (words.isEmpty() || written.isEmpty()) {
				throw line.error("expected 'words = value', found '" + line.text() + "'");
			}
			V parsed = value.apply(written).orElseThrow(() -> line.error("unknown value '" + written + "'"));
			if (pairs.putIfAbsent(words, parsed) != null) {
				throw line.error("'" + words + "' is listed twice");
			}
		}
		return Collections.unmodifiableMap(pairs);
	}

	private record Line(String resource, int number, String text) {

		IllegalStateException error(String message) {
			return new IllegalStateException(
					"Prep-document vocabulary " + this.resource + ", line " + this.number + ": " + message);
		}

	}

	private static List<Line> lines(String file) {
		String resource = FOLDER + file;
		String text;
		try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(
						"Prep-document vocabulary " + resource + " is missing from the classpath");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Prep-document vocabulary " + resource + " could not be read", ex);
		}
		List<Line> lines = new ArrayList<>();
		List<String> raw = text.lines().toList();
		for (int i = 0; i < raw.size(); i++) {
			String stripped = raw.get(i).strip();
			if (!stripped.isEmpty() && !stripped.startsWith("#")) {
				lines.add(new Line(resource, i + 1, stripped));
			}
		}
		if (lines.isEmpty()) {
			throw new IllegalStateException("Prep-document vocabulary " + resource + " lists nothing");
		}
		return lines;
	}

}
