package app.mockinterview.question;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questions as the per-user pages read them (practice, console, candidate room, scoring
 * sheets): immutable snapshots kept in memory until an import changes the bank, so these
 * pages do not load a question with its criteria and hints on every request.
 * <p>
 * Retired questions are found too: attempts and interviews keep showing the question they
 * were started with. The cache is bounded by a number of questions; when full it starts
 * over.
 */
@Component
public class QuestionCatalog {

	private final QuestionRepository questions;

	private final QuestionBank bank;

	private final TransactionTemplate readOnly;

	private final int maxEntries;

	private final Map<String, QuestionContent> byId = new ConcurrentHashMap<>();

	private volatile List<QuestionSummary> choices;

	/** Bumped by every change of the bank; a snapshot read before a bump is not kept. */
	private final AtomicLong generation = new AtomicLong();

	QuestionCatalog(QuestionRepository questions, QuestionBank bank, PlatformTransactionManager transactions,
			@Value("${app.question-cache.max-entries:2000}") int maxEntries) {
		this.questions = questions;
		this.bank = bank;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.maxEntries = maxEntries;
	}

	/** The stored question with this id, active or retired. */
	public Optional<QuestionContent> find(String id) {
		QuestionContent cached = this.byId.get(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		long before = this.generation.get();
		Optional<QuestionContent> loaded = this.readOnly
			.execute((status) -> this.questions.findById(id).map(Question::toContent));
		if (loaded.isPresent() && this.generation.get() == before) {
			if (this.byId.size() >= this.maxEntries) {
				this.byId.clear();
			}
			this.byId.put(id, loaded.get());
		}
		return loaded;
	}

	/**
	 * The stored question with this id.
	 * @throws QuestionNotFoundException when there is none
	 */
	public QuestionContent get(String id) {
		return find(id).orElseThrow(() -> new QuestionNotFoundException(id));
	}

	/** The title of the question with this id, or the id itself when it is unknown. */
	public String title(String id) {
		return find(id).map(QuestionContent::title).orElse(id);
	}

	/**
	 * Every active question in bank order for a drop-down list, or an empty list when the
	 * bank is too large for one (see {@link QuestionBank#choices()}).
	 */
	public List<QuestionSummary> choices() {
		List<QuestionSummary> cached = this.choices;
		if (cached == null) {
			long before = this.generation.get();
			cached = this.bank.choices();
			if (this.generation.get() == before) {
				this.choices = cached;
			}
		}
		return cached;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void bankChanged(BankChanged event) {
		this.generation.incrementAndGet();
		this.byId.clear();
		this.choices = null;
	}

}
