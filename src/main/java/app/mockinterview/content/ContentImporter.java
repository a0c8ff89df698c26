package app.mockinterview.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import app.mockinterview.question.BankChanged;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.question.StoredQuestionFile;
import app.mockinterview.system.CommittedCounters;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the content directory into the database in one transaction: new files are
 * added, changed files update their question, unchanged files are skipped, and questions
 * whose file is gone are retired (never deleted). An invalid file is reported and leaves
 * whatever was imported from it before untouched.
 * <p>
 * Instances that share a database take turns: the import holds a row lock for its whole
 * transaction, and an instance that waited for it finds the content already imported.
 */
@Service
public class ContentImporter {

	private static final Logger logger = LoggerFactory.getLogger(ContentImporter.class);

	/** New or changed files stored per flush. */
	private static final int CHUNK = 200;

	private final QuestionRepository questions;

	private final CommonRubric rubric;

	private final ContentProperties properties;

	private final JdbcTemplate jdbc;

	private final CommittedCounters.Count importProblems;

	private final Clock clock;

	private final ContentScanner scanner = new ContentScanner();

	private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final List<ContentImportStep> steps;

	ContentImporter(QuestionRepository questions, CommonRubric rubric, ContentProperties properties, JdbcTemplate jdbc,
			CommittedCounters counters, Clock clock, EntityManager entityManager, ApplicationEventPublisher events,
			TransactionTemplate transactions, List<ContentImportStep> steps) {
		this.transactions = transactions;
		this.steps = steps;
		this.entityManager = entityManager;
		this.events = events;
		this.questions = questions;
		this.rubric = rubric;
		this.properties = properties;
		this.jdbc = jdbc;
		this.importProblems = counters.counter("mockinterview.content.import.problems",
				"Problems (errors and warnings) reported by content imports");
		this.clock = clock;
	}

	/**
	 * Imports the content directory. The report is logged, and readiness reports the
	 * import done, only once it is committed: committing a large import takes H2 seconds,
	 * and a process stopped before then has none of it.
	 */
	public ImportReport importContent() {
		Imported imported = this.transactions.execute((status) -> importInTransaction());
		ImportReport report = imported.report().took(Duration.between(imported.started(), this.clock.instant()));
		log(report);
		this.importProblems.add(report.problems().size());
		this.lastReport.set(report);
		return report;
	}

	private record Imported(ImportReport report, Instant started) {

	}

	private Imported importInTransaction() {
		// Waits while another instance imports; everything read after this sees its work.
		this.jdbc.queryForList("select name from app_lock where name = 'content-import' for update", String.class);
		Instant started = this.clock.instant();
		Map<String, StoredQuestionFile> activeByPath = new HashMap<>();
		for (StoredQuestionFile stored : this.questions.findStoredFiles()) {
			if (stored.active()) {
				activeByPath.putIfAbsent(stored.sourcePath(), stored);
			}
		}
		Counts counts = new Counts();
		Set<String> seenIds = new HashSet<>();
		Set<String> invalidPaths = new HashSet<>();
		List<ContentScanner.QuestionFile> pending = new ArrayList<>();
		ContentScanner.Scan scan = this.scanner.scan(this.properties.contentDir(),
				(path, hash) -> Optional.ofNullable(activeByPath.get(path))
					.filter((stored) -> hash.equals(stored.contentHash()))
					.map(StoredQuestionFile::id),
				(file) -> {
					if (!file.isValid()) {
						counts.invalid++;
						invalidPaths.add(file.sourcePath());
						return;
					}
					seenIds.add(file.id().get());
					if (file.isUnchanged()) {
						counts.unchanged++;
						return;
					}
					pending.add(file);
					if (pending.size() >= CHUNK) {
						store(pending, counts, started);
					}
				});
		store(pending, counts, started);

		int retired = 0;
		if (scan.directoryFound()) {
			List<String> gone = activeByPath.values()
				.stream()
				.filter((stored) -> !seenIds.contains(stored.id()) && !invalidPaths.contains(stored.sourcePath()))
				.map(StoredQuestionFile::id)
				.toList();
			for (Question question : this.questions.findAllById(gone)) {
				question.retire(started);
				retired++;
			}
		}
		List<ContentProblem> problems = new ArrayList<>(scan.problems());
		if (scan.directoryFound()) {
			for (ContentImportStep step : this.steps) {
				problems.addAll(step.importContent(this.properties.contentDir()));
			}
		}
		boolean rubricChanged = scan.rubric()
			.map((parsed) -> this.rubric.replace(parsed.criteria(), parsed.scale(), parsed.barHtml()))
			.orElse(false);

		ImportReport report = new ImportReport(counts.imported, counts.updated, counts.unchanged, retired,
				counts.invalid, rubricChanged, List.copyOf(problems), Duration.ZERO);
		if (report.imported() + report.updated() + report.retired() > 0 || rubricChanged) {
			// Listeners that drop cached pages run after the commit (see
			// PublicPageCache).
			this.events.publishEvent(new BankChanged());
		}
		return new Imported(report, started);
	}

	/**
	 * Stores a chunk of new or changed files, then forgets them: flushing and clearing
	 * the persistence context keeps a cold import of a large bank linear in time and flat
	 * in memory.
	 */
	private void store(List<ContentScanner.QuestionFile> files, Counts counts, Instant now) {
		if (files.isEmpty()) {
			return;
		}
		Map<String, Question> existing = new HashMap<>();
		for (Question question : this.questions.findAllById(files.stream().map((file) -> file.id().get()).toList())) {
			existing.put(question.getId(), question);
		}
		for (ContentScanner.QuestionFile file : files) {
			Question question = existing.get(file.id().get());
			if (question == null) {
				question = new Question(file.id().get());
				question.updateFrom(file.content().get(), file.sourcePath(), file.hash(), now);
				this.entityManager.persist(question);
				counts.imported++;
				continue;
			}
			if (question.isActive()) {
				counts.updated++;
			}
			else {
				counts.imported++;
			}
			question.updateFrom(file.content().get(), file.sourcePath(), file.hash(), now);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		files.clear();
	}

	private static final class Counts {

		int imported;

		int updated;

		int unchanged;

		int invalid;

	}

	/** The report of the last import since start-up, if one has run. */
	public Optional<ImportReport> lastReport() {
		return Optional.ofNullable(this.lastReport.get());
	}

	private static void log(ImportReport report) {
		for (ContentProblem problem : report.problems()) {
			logger.warn("{}", problem);
		}
		logger.info(report.summary());
	}

}
