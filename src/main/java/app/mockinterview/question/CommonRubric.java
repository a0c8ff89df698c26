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

	private final RubricNoteRepository notes;

	/**
	 * The rubric changes only on import, yet every interview and review page needs it:
	 * kept in memory and dropped when the bank changes.
	 */
	private volatile List<RubricCriterion> cachedCriteria;

	private volatile List<RatingLevel> cachedScale;

	private volatile String cachedBar;

	CommonRubric(CommonCriterionRepository criteria, RatingLevelRepository levels, RubricNoteRepository notes) {
		this.criteria = criteria;
		this.levels = levels;
		this.notes = notes;
	}

	/**
	 * Whom the levels are calibrated for ("the bar": a mid-level data engineer) and what
	 * a senior answer adds, as HTML; empty when the rubric does not say.
	 */
	@Transactional(readOnly = true)
	public String barHtml() {
		String cached = this.cachedBar;
		if (cached == null) {
			cached = this.notes.findById(RubricNote.THE_BAR).map(RubricNote::getHtml).orElse("");
			this.cachedBar = cached;
		}
		return cached;
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
		this.cachedBar = null;
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
	public boolean replace(List<RubricCriterion> newCriteria, List<RatingLevel> newScale, String newBarHtml) {
		forget();
		boolean sameCriteria = criteria().equals(newCriteria);
		boolean sameScale = sameLevels(scale(), newScale);
		boolean sameBar = barHtml().equals(newBarHtml);
		forget();
		if (sameCriteria && sameScale && sameBar) {
			return false;
		}
		this.criteria.deleteAllInBatch();
		this.levels.deleteAllInBatch();
		this.notes.deleteAllInBatch();
		this.criteria.flush();
		if (!newBarHtml.isBlank()) {
			this.notes.save(new RubricNote(RubricNote.THE_BAR, newBarHtml));
		}
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
