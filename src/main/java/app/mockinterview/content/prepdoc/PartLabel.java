package app.mockinterview.content.prepdoc;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The labelled parts of a question in a prep document, and the tolerant matching of their
 * labels: case, punctuation, trailing colons, emoji, dash characters and parenthesised
 * suffixes such as "(structure)" or "(say this)" do not matter.
 */
enum PartLabel {

	REPORTED("Reported wording",
			List.of("exact phrasing", "exact wording", "exact question", "reported", "as reported", "phrasing",
					"original wording", "original question", "question as asked", "verbatim")),

	PROMPT("Prompt", List.of("prompt", "scenario", "question", "the question")),

	EVALUATES("What the interviewer evaluates",
			List.of("what interviewer evaluates", "what the interviewer evaluates", "what interviewers evaluate",
					"interviewer evaluates", "evaluation", "evaluation criteria", "what they evaluate",
					"what is evaluated", "what interviewer looks for", "what the interviewer looks for",
					"what they look for", "rubric", "assessment", "what is assessed")),

	CLARIFY("Clarify",
			List.of("clarify", "clarifying questions", "clarifications", "questions to ask",
					"clarifying questions to ask")),

	APPROACH("Approach",
			List.of("answer approach", "approach", "how to approach", "answer structure", "structure",
					"how to answer")),

	MODEL_ANSWER("Model answer",
			List.of("model answer", "sample answer", "example answer", "strong answer", "answer", "ideal answer",
					"suggested answer")),

	FOLLOW_UPS("Follow-ups",
			List.of("key tradeoffs followups", "key tradeoffs", "tradeoffs followups", "tradeoffs", "followups",
					"followup questions", "followups and tradeoffs", "key followups", "tradeoffs and followups",
					"follow up questions")),

	RED_FLAGS("Red flags", List.of("red flags", "red flag", "what caps the rating")),

	WRONG_ANSWERS("Common wrong answers",
			List.of("common wrong answers", "wrong answers", "common mistakes", "common misconceptions")),

	SENIOR_SIGNALS("What a senior answer adds",
			List.of("what a senior answer adds", "senior signals", "what a senior adds", "senior answer")),

	VERSION_NOTES("Version notes", List.of("version notes", "versions"));

	private static final java.util.Set<String> FOLLOW_UP_WORDS = java.util.Set.of("key", "tradeoff", "tradeoffs",
			"followup", "followups", "questions", "and", "the", "possible", "likely");

	private final String displayName;

	private final List<String> spellings;

	PartLabel(String displayName, List<String> spellings) {
		this.displayName = displayName;
		this.spellings = spellings;
	}

	String displayName() {
		return this.displayName;
	}

	/**
	 * The part a label names, if any. A label may carry a parenthesised suffix ("Model
	 * answer (say this on the call)") but no other words: "Why this works" names no part.
	 */
	static Optional<PartLabel> match(String label) {
		if (label == null || label.length() > 120) {
			return Optional.empty();
		}
		String normalized = normalize(label);
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		for (PartLabel part : values()) {
			if (part.spellings.contains(normalized)) {
				return Optional.of(part);
			}
		}
		List<String> words = List.of(normalized.split(" "));
		if (FOLLOW_UP_WORDS.containsAll(words)
				&& words.stream().anyMatch((word) -> word.startsWith("tradeoff") || word.startsWith("followup"))) {
			return Optional.of(FOLLOW_UPS);
		}
		return Optional.empty();
	}

	/**
	 * Lower case, without parenthesised or bracketed asides, emoji, punctuation or dashes
	 * ("Follow-ups", "follow ups" and "FOLLOWUPS" all become {@code followups}), "&" read
	 * as "and", single spaces.
	 */
	static String normalize(String label) {
		String text = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = text.replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", " ");
		text = text.replace("&", " and ").replace("/", " ");
		text = text.replaceAll("(?<=\\p{L})[\\p{Pd}\\u2212](?=\\p{L})", "");
		text = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		text = text.replaceAll("\\b(follow) (ups?)\\b", "$1$2").replaceAll("\\b(trade) (offs?)\\b", "$1$2");
		return text;
	}

}
