package app.mockinterview.content.prepdoc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mockinterview.content.ContentProblem;

/**
 * Guesses a question's topics from the words of its title and wording: at most six, or
 * "General" with a warning when no known word is there. The words are listed in
 * {@code prepdoc/vocabulary/topics.txt}.
 */
record TopicGuesser(String path) {

	private static final Map<String, String> TOPICS = Vocabulary.pairs("topics.txt", Optional::of);

	List<String> topics(String text, int line, List<ContentProblem> problems) {
		String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		Set<String> found = new LinkedHashSet<>();
		for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
			if (lower.contains(" " + topic.getKey() + " ") && found.size() < 6) {
				found.add(topic.getValue());
			}
		}
		if (found.isEmpty()) {
			problems.add(ContentProblem.warning(this.path, line,
					"no known topic in the title or wording; the topic is set to 'General'"));
			found.add("General");
		}
		return List.copyOf(found);
	}

}
