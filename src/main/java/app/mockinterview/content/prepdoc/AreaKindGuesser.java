package app.mockinterview.content.prepdoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.question.Area;
import app.mockinterview.question.QuestionKind;

/**
 * Guesses a question's area and kind, which prep documents do not state, from the words
 * of its title and topics. The words are listed in {@code prepdoc/vocabulary/}:
 * {@code area-words.txt}, {@code design-words.txt} and {@code troubleshooting-words.txt}.
 */
record AreaKindGuesser(String path) {

	/** Words of a title or topic that point at an area, the first match winning. */
	private static final Map<String, Area> AREA_WORDS = areaWords();

	private static final List<String> DESIGN_WORDS = Vocabulary.words("design-words.txt");

	private static final List<String> TROUBLESHOOTING_WORDS = Vocabulary.words("troubleshooting-words.txt");

	/** The area a question's title and topics point at, with a warning to check it. */
	Area area(String title, List<String> topics, int line, List<ContentProblem> problems) {
		String text = " " + (title + " " + String.join(" ", topics)).toLowerCase(Locale.ROOT) + " ";
		Area area = AREA_WORDS.entrySet()
			.stream()
			.filter((entry) -> text.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Area.SYSTEM_DESIGN);
		QuestionKind kind = kind(title);
		problems.add(ContentProblem.warning(this.path, line,
				"prep documents do not say a question's area and kind: " + "guessed area '" + area.slug()
						+ "' and kind '" + kind.slug() + "' from the title and topics; "
						+ "check them in the written file"));
		return area;
	}

	static QuestionKind kind(String title) {
		String text = title.toLowerCase(Locale.ROOT);
		if (DESIGN_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.DESIGN;
		}
		if (TROUBLESHOOTING_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.TROUBLESHOOTING;
		}
		return QuestionKind.CONCEPT;
	}

	/**
	 * The words of {@code area-words.txt} as they are looked for in the text: between
	 * spaces, or after a space only for words written with a closing {@code *}.
	 */
	private static Map<String, Area> areaWords() {
		Map<String, Area> words = new LinkedHashMap<>();
		Vocabulary.pairs("area-words.txt", Area::fromSlug).forEach((written, area) -> {
			String spaced = written.endsWith("*") ? " " + written.substring(0, written.length() - 1)
					: " " + written + " ";
			words.put(spaced, area);
		});
		return Collections.unmodifiableMap(words);
	}

}
