package app.mockinterview.question;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds active questions: the filtered, paged bank and a single question by id.
 */
@Service
public class QuestionBank {

	public static final int PAGE_SIZE = 20;

	/** Up to this many questions are offered in a drop-down list; beyond, by id. */
	public static final int MAX_CHOICES = 200;

	private final EntityManager entityManager;

	private final QuestionRepository questions;

	private final CommonRubric rubric;

	QuestionBank(EntityManager entityManager, QuestionRepository questions, CommonRubric rubric) {
		this.entityManager = entityManager;
		this.questions = questions;
		this.rubric = rubric;
	}

	@Transactional(readOnly = true)
	public BankPage page(BankFilter filter) {
		long total = count(filter);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int pageIndex = Math.min(filter.pageIndex(), lastPage);
		List<QuestionSummary> summaries = find(filter, pageIndex * PAGE_SIZE, PAGE_SIZE);
		return new BankPage(summaries, total, pageIndex, PAGE_SIZE, countsByDifficulty(filter), countsByArea(filter),
				this.questions.findActiveTopics(), this.questions.findActiveCompanies());
	}

	/** The areas that have at least one active question, in the areas' order. */
	@Transactional(readOnly = true)
	public List<Area> areas() {
		return List.copyOf(countsByArea(BankFilter.none()).keySet());
	}

	/**
	 * Every active question matching the filter, in bank order (the filter's page is
	 * ignored).
	 */
	@Transactional(readOnly = true)
	public List<QuestionSummary> all(BankFilter filter) {
		// Every row is read anyway: one statement, not a list of thousands of ids.
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Question> query = cb.createQuery(Question.class);
		Root<Question> question = query.from(Question.class);
		query.where(predicates(cb, query, question, filter, Ignoring.NOTHING).toArray(Predicate[]::new))
			.orderBy(bankOrder(cb, question));
		return this.entityManager.createQuery(query).getResultList().stream().map(QuestionSummary::of).toList();
	}

	/**
	 * Every active question in bank order, for a drop-down list, or an empty list when
	 * the bank is too large for one (the page then asks for the question's id): a page
	 * must not carry thousands of options.
	 */
	@Transactional(readOnly = true)
	public List<QuestionSummary> choices() {
		// Count first: loading MAX_CHOICES + 1 questions only to find out cost every
		// console
		// page of a 10,000-question bank hundreds of milliseconds.
		if (this.questions.countByActiveTrue() > MAX_CHOICES) {
			return List.of();
		}
		return find(BankFilter.none(), 0, MAX_CHOICES);
	}

	@Transactional(readOnly = true)
	public QuestionDetails details(String id) {
		Question question = this.questions.findByIdAndActiveTrue(id)
			.orElseThrow(() -> new QuestionNotFoundException(id));
		return new QuestionDetails(QuestionSummary.of(question), question.getPromptHtml(), question.getReported(),
				question.getSourceName(), question.getSourceUrl(), question.getMinutes(),
				this.rubric.rubricFor(question), this.rubric.scale(), question.guide());
	}

	/**
	 * Two statements: the page's ids in the bank's order, then those questions. The ids
	 * come from the index question_bank_order alone; H2 walks it in order only when the
	 * query selects no column outside it (with every column selected it sorted every
	 * question).
	 */
	private List<QuestionSummary> find(BankFilter filter, int offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<String> query = cb.createQuery(String.class);
		Root<Question> question = query.from(Question.class);
		query.select(question.get("id"))
			.where(predicates(cb, query, question, filter, Ignoring.NOTHING).toArray(Predicate[]::new))
			.orderBy(bankOrder(cb, question));
		List<String> ids = this.entityManager.createQuery(query)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Question> byId = new HashMap<>();
		for (Question found : this.questions.findAllById(ids)) {
			byId.put(found.getId(), found);
		}
		return ids.stream().map(byId::get).filter(Objects::nonNull).map(QuestionSummary::of).toList();
	}

	/**
	 * The bank's order: easy first, then the file's order, title and id. These are the
	 * columns of the index question_bank_order, from its first ("active" is the same in
	 * every row read): a page reads only its rows.
	 */
	private static List<Order> bankOrder(CriteriaBuilder cb, Root<Question> question) {
		return List.of(cb.asc(question.get("active")), cb.asc(question.get("difficultyRank")),
				cb.asc(question.get("sortOrder")), cb.asc(question.get("title")), cb.asc(question.get("id")));
	}

	private long count(BankFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Question> question = query.from(Question.class);
		query.select(cb.count(question))
			.where(predicates(cb, query, question, filter, Ignoring.NOTHING).toArray(Predicate[]::new));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private Map<Difficulty, Long> countsByDifficulty(BankFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Question> question = query.from(Question.class);
		query.multiselect(question.get("difficulty"), cb.count(question))
			.where(predicates(cb, query, question, filter, Ignoring.DIFFICULTY).toArray(Predicate[]::new))
			.groupBy(question.get("difficulty"));
		Map<Difficulty, Long> counts = new EnumMap<>(Difficulty.class);
		for (Difficulty difficulty : Difficulty.values()) {
			counts.put(difficulty, 0L);
		}
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(row.get(0, Difficulty.class), row.get(1, Long.class));
		}
		return counts;
	}

	/**
	 * Matching questions per area, ignoring the area filter itself, in the areas' order.
	 */
	private Map<Area, Long> countsByArea(BankFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Question> question = query.from(Question.class);
		query.multiselect(question.get("area"), cb.count(question))
			.where(predicates(cb, query, question, filter, Ignoring.AREA).toArray(Predicate[]::new))
			.groupBy(question.get("area"));
		Map<Area, Long> counts = new EnumMap<>(Area.class);
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			Area area = row.get(0, Area.class);
			if (area != null) {
				counts.put(area, row.get(1, Long.class));
			}
		}
		return counts;
	}

	/**
	 * The filter a count leaves out, so that its own choices show how many each would
	 * give.
	 */
	private enum Ignoring {

		NOTHING, DIFFICULTY, AREA

	}

	private static List<Predicate> predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Question> question,
			BankFilter filter, Ignoring ignoring) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.isTrue(question.get("active")));
		if (ignoring != Ignoring.DIFFICULTY) {
			// By rank, so that a difficulty's pages are read in the bank's index too.
			filter.difficultyValue()
				.ifPresent((d) -> predicates.add(cb.equal(question.get("difficultyRank"), d.rank())));
		}
		if (ignoring != Ignoring.AREA) {
			filter.areaValue().ifPresent((area) -> predicates.add(cb.equal(question.get("area"), area)));
		}
		filter.kindValue().ifPresent((kind) -> predicates.add(cb.equal(question.get("kind"), kind)));
		filter.topicValue().ifPresent((topic) -> predicates.add(cb.isMember(topic, question.get("topics"))));
		filter.companyValue().ifPresent((company) -> predicates.add(cb.isMember(company, question.get("companies"))));
		for (String word : filter.searchWords()) {
			predicates.add(hasWord(cb, query, question, "%" + escapeLike(word) + "%"));
		}
		return predicates;
	}

	/**
	 * The word in the title, prompt or reported wording (the stored search text, already
	 * lower-case) or in one of the topics.
	 */
	private static Predicate hasWord(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Question> question,
			String pattern) {
		Subquery<Integer> tagged = query.subquery(Integer.class);
		Join<Question, String> topic = tagged.correlate(question).join("topics");
		tagged.select(cb.literal(1)).where(cb.like(cb.lower(topic), pattern, '\\'));
		return cb.or(cb.like(question.get("searchText"), pattern, '\\'), cb.exists(tagged));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
