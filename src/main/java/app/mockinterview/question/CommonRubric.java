package app.mockinterview.question;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria and the rating scale shared by every question, as imported from
 * {@code content/rubric.md}.
 */
@Component
public class CommonRubric {

	private final CommonCriterionRepository criteria;

	private final RatingLevelRepository levels;

	CommonRubric(CommonCriterionRepository criteria, RatingLevelRepository levels) {
		this.criteria = criteria;
		this.levels = levels;
	}

	@Transactional(readOnly = true)
	public List<RubricCriterion> criteria() {
		return this.criteria.findAllByOrderByPositionAsc().stream().map(CommonCriterion::toCriterion).toList();
	}

	@Transactional(readOnly = true)
	public List<RatingLevel> scale() {
		return this.levels.findAllByOrderByScoreAsc();
	}

	/** A question's own criteria followed by the common ones. */
	@Transactional(readOnly = true)
	public List<RubricCriterion> rubricFor(Question question) {
		List<RubricCriterion> rubric = new ArrayList<>(question.getCriteria());
		rubric.addAll(criteria());
		return rubric;
	}

	/**
	 * Replaces the common rubric when it differs from what is stored.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean replace(List<RubricCriterion> newCriteria, List<RatingLevel> newScale) {
		boolean sameCriteria = criteria().equals(newCriteria);
		boolean sameScale = sameLevels(scale(), newScale);
		if (sameCriteria && sameScale) {
			return false;
		}
		this.criteria.deleteAllInBatch();
		this.levels.deleteAllInBatch();
		this.criteria.flush();
		for (int i = 0; i < newCriteria.size(); i++) {
			this.criteria.save(new CommonCriterion(newCriteria.get(i), i));
		}
		this.levels.saveAll(newScale);
		return true;
	}

	private static boolean sameLevels(List<RatingLevel> current, List<RatingLevel> wanted) {
		if (current.size() != wanted.size()) {
			return false;
		}
		for (int i = 0; i < current.size(); i++) {
			RatingLevel a = current.get(i);
			RatingLevel b = wanted.get(i);
			if (a.getScore() != b.getScore() || !a.getLabel().equals(b.getLabel())
					|| !a.getMeaningHtml().equals(b.getMeaningHtml())) {
				return false;
			}
		}
		return true;
	}

}
