package app.mockinterview.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;

/**
 * What a question file may refer to from {@code rubric.md}: the labels of the rating
 * scale (a criterion's level descriptions and red flags use them) and the common criteria
 * (a red flag may cap one of them).
 *
 * @param labels the scale's labels, lowest first
 * @param commonCriteria the common criteria's names by key; empty when the rubric could
 * not be read, in which case a red flag naming a criterion the question lacks is not
 * reported (the rubric's own problem is)
 */
record RubricTerms(List<String> labels, Map<String, String> commonCriteria) {

	/** The terms of the shipped rubric's scale, for checking a file on its own. */
	static final RubricTerms DEFAULT = new RubricTerms(List.of("Strong no", "Lean no", "Lean yes", "Strong yes"),
			Map.of());

	static RubricTerms of(Optional<RubricFileParser.ParsedRubric> rubric) {
		return rubric.map(RubricTerms::of).orElse(DEFAULT);
	}

	static RubricTerms of(RubricFileParser.ParsedRubric rubric) {
		return new RubricTerms(rubric.scale().stream().map(RatingLevel::getLabel).toList(),
				rubric.criteria()
					.stream()
					.collect(Collectors.toUnmodifiableMap(RubricCriterion::key, RubricCriterion::name)));
	}

	/** The score (1 to 4) of a label, compared without regard to case. */
	Optional<Integer> scoreOf(String label) {
		for (int i = 0; i < this.labels.size(); i++) {
			if (this.labels.get(i).equalsIgnoreCase(label.strip())) {
				return Optional.of(i + 1);
			}
		}
		return Optional.empty();
	}

}
