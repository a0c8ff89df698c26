package app.mockinterview.question;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The criteria and the rating scale shared by every question, as imported from
 * {@code content/rubric.md}.
 */
@Component
public class CommonRubric {

	private final CommonCriterionRepository criteria;

	private final RatingLevelRepository levels;

	/**
	 * The rubric changes only on import, yet every interview and review page needs it:
	 * kept in memory and dropped when the bank changes.
	 */
	private volatile List<RubricCriterion> cachedCriteria;

	private volatile List<RatingLevel> cachedScale;

	CommonRubric(CommonCriterionRepository criteria, RatingLevelRepository levels) {
		this.criteria = criteria;
		this.levels = levels;
	}

	@Transactional(readOnly = true)
	public List<RubricCriterion> criteria() {
		List<RubricCriterion> cached = this.cachedCriteria;
		if (cached == null) {
			cached = this.criteria.findAllByOrderByPositionAsc().stream().map(CommonCriterion::toCriterion).toList();
			this.cachedCriteria = cached;
		}
		return cached;
	}

	@Transactional(readOnly = true)
	public List<RatingLevel> scale() {
		List<RatingLevel> cached = this.cachedScale;
		if (cached == null) {
			cached = this.levels.findAllByOrderByScoreAsc()
				.stream()
				.map((level) -> new RatingLevel(level.getScore(), level.getLabel(), level.getMeaningHtml()))
				.toList();
			this.cachedScale = cached;
		}
		return cached;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void bankChanged(BankChanged event) {
		forget();
	}

	private void forget() {
		this.cachedCriteria = null;
		this.cachedScale = null;
	}

	/** A question's own criteria followed by the common ones. */
	@Transactional(readOnly = true)
	public List<RubricCriterion> rubricFor(Question question) {
		return rubricFor(question.getCriteria());
	}

	/** A question's own criteria followed by the common ones. */
	public List<RubricCriterion> rubricFor(QuestionContent question) {
		return rubricFor(question.criteria());
	}

	private List<RubricCriterion> rubricFor(List<RubricCriterion> own) {
		List<RubricCriterion> rubric = new ArrayList<>(own);
		rubric.addAll(criteria());
		return rubric;
	}

	/**
	 * Replaces the common rubric when it differs from what is stored.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean replace(List<RubricCriterion> newCriteria, List<RatingLevel> newScale) {
		forget();
		boolean sameCriteria = criteria().equals(newCriteria);
		boolean sameScale = sameLevels(scale(), newScale);
		forget();
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
