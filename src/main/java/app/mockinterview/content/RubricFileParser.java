package app.mockinterview.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;

/**
 * Reads {@code content/rubric.md}: the criteria common to every question and the
 * four-level rating scale.
 */
final class RubricFileParser {

	static final String COMMON_CRITERIA = "Common criteria";

	static final String THE_BAR = "The bar";

	static final String RATING_SCALE = "Rating scale";

	static final int LEVELS = 4;

	private final MarkdownRenderer markdown;

	RubricFileParser(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	record Result(Optional<ParsedRubric> rubric, List<ContentProblem> problems) {

	}

	/**
	 * @param barHtml whom the levels are calibrated for, empty when the file does not say
	 */
	record ParsedRubric(List<RubricCriterion> criteria, List<RatingLevel> scale, String barHtml) {

	}

	Result parse(String path, String text) {
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatter front = FrontMatter.read(path, text, false, problems);
		MarkdownSections sections = MarkdownSections.read(path, text, front.bodyStartLine(),
				List.of(COMMON_CRITERIA, THE_BAR, RATING_SCALE), Set.of(), Set.of(THE_BAR), this.markdown, problems);
		List<RatingLevel> scale = new ArrayList<>();
		sections.get(RATING_SCALE).ifPresent((section) -> {
			List<LabelledItems.Item> items = LabelledItems.read(path, section, sections, this.markdown, problems);
			if (items.size() != LEVELS) {
				problems.add(ContentProblem.error(path, section.line(), "the rating scale must have exactly " + LEVELS
						+ " levels, lowest first (no neutral middle); found " + items.size()));
			}
			for (int i = 0; i < items.size(); i++) {
				scale.add(new RatingLevel(i + 1, items.get(i).name(), items.get(i).meaningHtml()));
			}
		});
		RubricTerms terms = (scale.size() == LEVELS)
				? new RubricTerms(scale.stream().map(RatingLevel::getLabel).toList(), Map.of()) : RubricTerms.DEFAULT;
		List<RubricCriterion> criteria = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		sections.get(COMMON_CRITERIA)
			.ifPresent((section) -> LabelledItems.read(path, section, sections, this.markdown, problems)
				.forEach((item) -> {
					String key = CriterionKeys.of(item.name());
					if (keys.add(key)) {
						criteria.add(new RubricCriterion(key, item.name(), item.meaningHtml(),
								CriterionLevels.read(path, item, terms, false, problems)));
					}
					else {
						problems.add(ContentProblem.error(path, item.line(),
								"criterion '" + item.name() + "' is listed twice"));
					}
				}));
		String barHtml = sections.get(THE_BAR).map((section) -> this.markdown.render(section.nodes())).orElse("");
		if (problems.stream().anyMatch(ContentProblem::isError)) {
			return new Result(Optional.empty(), problems);
		}
		return new Result(Optional.of(new ParsedRubric(criteria, scale, barHtml)), problems);
	}

}
