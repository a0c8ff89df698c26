package app.mockinterview.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.system.ActivityMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final QuestionRepository questions;

	private final CommonRubric rubric;

	private final ContentProperties properties;

	private final JdbcTemplate jdbc;

	private final ActivityMetrics metrics;

	private final Clock clock;

	private final ContentScanner scanner = new ContentScanner();

	private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();

	ContentImporter(QuestionRepository questions, CommonRubric rubric, ContentProperties properties, JdbcTemplate jdbc,
			ActivityMetrics metrics, Clock clock) {
		this.questions = questions;
		this.rubric = rubric;
		this.properties = properties;
		this.jdbc = jdbc;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	public ImportReport importContent() {
		// Waits while another instance imports; everything read after this sees its work.
		this.jdbc.queryForList("select name from app_lock where name = 'content-import' for update", String.class);
		Instant started = this.clock.instant();
		Map<String, Question> byPath = this.questions.findAll()
			.stream()
			.filter(Question::isActive)
			.collect(Collectors.toMap(Question::getSourcePath, Function.identity(), (a, b) -> a));
		ContentScanner.Scan scan = this.scanner.scan(this.properties.contentDir(),
				(path, hash) -> Optional.ofNullable(byPath.get(path))
					.filter((question) -> hash.equals(question.getContentHash()))
					.map(Question::getId));

		int imported = 0;
		int updated = 0;
		int unchanged = 0;
		int invalid = 0;
		Set<String> seenIds = new HashSet<>();
		Set<String> invalidPaths = new HashSet<>();
		for (ContentScanner.QuestionFile file : scan.questions()) {
			if (!file.isValid()) {
				invalid++;
				invalidPaths.add(file.sourcePath());
				continue;
			}
			seenIds.add(file.id().get());
			if (file.isUnchanged()) {
				unchanged++;
				continue;
			}
			Optional<Question> existing = this.questions.findById(file.id().get());
			Question question = existing.orElseGet(() -> new Question(file.id().get()));
			if (existing.isPresent() && existing.get().isActive()) {
				updated++;
			}
			else {
				imported++;
			}
			question.updateFrom(file.content().get(), file.sourcePath(), file.hash(), started);
			this.questions.save(question);
		}

		int retired = 0;
		if (scan.directoryFound()) {
			for (Question question : this.questions.findByActiveTrue()) {
				if (!seenIds.contains(question.getId()) && !invalidPaths.contains(question.getSourcePath())) {
					question.retire(started);
					retired++;
				}
			}
		}
		boolean rubricChanged = scan.rubric()
			.map((parsed) -> this.rubric.replace(parsed.criteria(), parsed.scale()))
			.orElse(false);

		ImportReport report = new ImportReport(imported, updated, unchanged, retired, invalid, rubricChanged,
				List.copyOf(scan.problems()), Duration.between(started, this.clock.instant()));
		log(report);
		this.metrics.importProblems(report.problems().size());
		this.lastReport.set(report);
		return report;
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
