package app.mockinterview.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.question.BankChanged;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.system.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@SpringBootTest(properties = "app.import-on-startup=false")
@Import(ContentImporterTests.ImportObserver.class)
class ContentImporterTests {

	static final Path CONTENT = createContentDirectory();

	/** How many questions the shipped content has. */
	static final int SHIPPED = app.mockinterview.system.TestFiles.shippedQuestionCount();

	@DynamicPropertySource
	static void contentDirectory(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@Autowired
	ContentImporter importer;

	@Autowired
	QuestionRepository questions;

	@Autowired
	CommonRubric rubric;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void startFromTheShippedContentAndAnEmptyDatabase() throws IOException {
		deleteRecursively(CONTENT);
		TestFiles.copyTree(Path.of("content"), CONTENT);
		for (String table : new String[] { "question_topic", "question_company", "question_criterion", "question_hint",
				"question_red_flag", "question_wrong_answer", "question_senior_signal", "question", "common_criterion",
				"rating_level", "rubric_note" }) {
			this.jdbc.update("delete from " + table);
		}
	}

	@Test
	void firstImportAddsEveryQuestionAndTheRubric() {
		ImportReport report = this.importer.importContent();
		assertThat(report.imported()).isEqualTo(SHIPPED);
		assertThat(report.problems()).isEmpty();
		assertThat(report.rubricChanged()).isTrue();
		assertThat(this.questions.countByActiveTrue()).isEqualTo(SHIPPED);
		assertThat(this.rubric.scale()).hasSize(4);
		assertThat(this.rubric.criteria()).extracting("name").contains("Communication");
		assertThat(report.summary()).startsWith("Content import: " + SHIPPED
				+ " imported, 0 updated, 0 unchanged, 0 retired, 0 invalid (rubric updated; 0 problems)");
	}

	@Test
	void importingAgainChangesNothingAndDuplicatesNothing() {
		this.importer.importContent();
		String before = this.jdbc.queryForObject("select max(updated_at) from question", String.class);
		ImportReport second = this.importer.importContent();
		assertThat(second.unchanged()).isEqualTo(SHIPPED);
		assertThat(second.imported() + second.updated() + second.retired()).isZero();
		assertThat(second.rubricChanged()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from question", Integer.class)).isEqualTo(SHIPPED);
		assertThat(this.jdbc.queryForObject("select count(*) from rating_level", Integer.class)).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select max(updated_at) from question", String.class)).isEqualTo(before);
	}

	@Test
	void anEditedFileUpdatesItsQuestion() throws IOException {
		this.importer.importContent();
		Path file = CONTENT.resolve("questions/spark-oom-troubleshooting.md");
		Files.writeString(file, Files.readString(file)
			.replaceFirst("title: .*", "title: Spark executors keep dying with OutOfMemoryError"));
		ImportReport report = this.importer.importContent();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(SHIPPED - 1);
		assertThat(this.questions.findById("spark-oom-troubleshooting")).get()
			.extracting(Question::getTitle)
			.isEqualTo("Spark executors keep dying with OutOfMemoryError");
	}

	@Test
	void aQuestionWhoseFileIsGoneIsRetiredButKept() throws IOException {
		this.importer.importContent();
		Files.delete(CONTENT.resolve("questions/spark-data-skew-large-joins.md"));
		ImportReport report = this.importer.importContent();
		assertThat(report.retired()).isEqualTo(1);
		assertThat(this.questions.findById("spark-data-skew-large-joins")).get()
			.satisfies((question) -> assertThat(question.isActive()).isFalse());
		assertThat(this.questions.findByIdAndActiveTrue("spark-data-skew-large-joins")).isEmpty();
		assertThat(this.questions.countByActiveTrue()).isEqualTo(SHIPPED - 1);
	}

	@Test
	void aRetiredQuestionComesBackWhenItsFileReturns() throws IOException {
		this.importer.importContent();
		Path file = CONTENT.resolve("questions/spark-data-skew-large-joins.md");
		String text = Files.readString(file);
		Files.delete(file);
		this.importer.importContent();
		Files.writeString(file, text);
		ImportReport report = this.importer.importContent();
		assertThat(report.imported()).isEqualTo(1);
		assertThat(this.questions.countByActiveTrue()).isEqualTo(SHIPPED);
	}

	@Test
	void anInvalidFileIsReportedWhileTheOthersImport() throws IOException {
		Files.writeString(CONTENT.resolve("questions/broken.md"),
				QuestionFiles.valid().replace("## Prompt", "## Promt"));
		ImportReport report = this.importer.importContent();
		assertThat(report.imported()).isEqualTo(SHIPPED);
		assertThat(report.invalid()).isEqualTo(1);
		assertThat(report.problems()).extracting(ContentProblem::toString)
			.contains(CONTENT.resolve("questions/broken.md") + ":22: unknown section '## Promt'; expected one of: "
					+ "Prompt, What the interviewer evaluates, Clarify, Approach, Model answer, Follow-ups, Red flags, "
					+ "Common wrong answers, What a senior answer adds, Version notes, Sources");
		assertThat(this.questions.findById("sql-latest-row")).isEmpty();
	}

	@Test
	void aFileThatBreaksKeepsItsLastGoodVersionVisible() throws IOException {
		this.importer.importContent();
		Path file = CONTENT.resolve("questions/spark-oom-troubleshooting.md");
		Files.writeString(file, Files.readString(file).replaceFirst("difficulty: medium", "difficulty: impossible"));
		ImportReport report = this.importer.importContent();
		assertThat(report.invalid()).isEqualTo(1);
		assertThat(report.retired()).isZero();
		assertThat(this.questions.findByIdAndActiveTrue("spark-oom-troubleshooting")).isPresent();
	}

	@Test
	void aSecondFileWithTheSameIdIsRejected() throws IOException {
		Files.writeString(CONTENT.resolve("questions/zz-copy.md"),
				Files.readString(CONTENT.resolve("questions/spark-inferschema-1tb.md"))
					.replaceFirst("title: .*", "title: Copy"));
		ImportReport report = this.importer.importContent();
		assertThat(report.invalid()).isEqualTo(1);
		assertThat(report.problems()).extracting(ContentProblem::message)
			.anySatisfy((message) -> assertThat(message).startsWith("duplicate id 'spark-inferschema-1tb'"));
		String title = this.transaction
			.execute((status) -> this.questions.findById("spark-inferschema-1tb").orElseThrow().getTitle());
		assertThat(title).isNotEqualTo("Copy");
	}

	@Test
	void aBankLargerThanTheFilesParsedAheadImportsInFileOrder() throws IOException {
		String template = Files.readString(CONTENT.resolve("questions/spark-inferschema-1tb.md"));
		for (int i = 0; i < 60; i++) {
			String file = (i == 7 || i == 41) ? template.replaceFirst("## Prompt", "## Promptly")
					: template.replaceFirst("id: .*", "id: generated-" + i);
			Files.writeString(CONTENT.resolve("questions/generated-%02d.md".formatted(i)), file);
		}
		// sorts after every generated file, so it is the one rejected as a duplicate
		Files.writeString(CONTENT.resolve("questions/zz-generated.md"),
				template.replaceFirst("id: .*", "id: generated-3"));

		ImportReport report = this.importer.importContent();

		assertThat(report.imported()).isEqualTo(SHIPPED + 58);
		assertThat(report.invalid()).isEqualTo(3);
		assertThat(report.problems()).filteredOn(ContentProblem::isError)
			.extracting((problem) -> Path.of(problem.path()).getFileName().toString())
			.containsSubsequence("generated-07.md", "generated-41.md", "zz-generated.md");
		assertThat(this.questions.countByActiveTrue()).isEqualTo(SHIPPED + 58);
		String sourceOfDuplicatedId = this.jdbc.queryForObject("select source_path from question where id = ?",
				String.class, "generated-3");
		assertThat(sourceOfDuplicatedId).isEqualTo("questions/generated-03.md");
	}

	@Test
	void theImportCountsAsDoneOnlyOnceCommitted(@Autowired ImportObserver observer) throws IOException {
		this.importer.importContent();
		ImportReport before = this.importer.lastReport().orElseThrow();
		observer.seenDuringTransaction.clear();
		Files.writeString(CONTENT.resolve("questions/spark-inferschema-1tb.md"),
				Files.readString(CONTENT.resolve("questions/spark-inferschema-1tb.md"))
					.replaceFirst("title: .*", "title: Edited"));

		ImportReport report = this.importer.importContent();

		assertThat(observer.seenDuringTransaction).containsExactly(before);
		assertThat(this.importer.lastReport()).contains(report);
		assertThat(report.took()).isPositive();
	}

	/** Notes what the importer reported as its last import while it was still working. */
	@TestConfiguration
	static class ImportObserver {

		final List<ImportReport> seenDuringTransaction = new ArrayList<>();

		@Autowired
		@Lazy
		ContentImporter importer;

		@EventListener
		void bankChanged(BankChanged event) {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				this.importer.lastReport().ifPresent(this.seenDuringTransaction::add);
			}
		}

	}

	@Test
	void aMissingContentDirectoryRetiresNothing() throws IOException {
		this.importer.importContent();
		deleteRecursively(CONTENT);
		ImportReport report = this.importer.importContent();
		assertThat(report.retired()).isZero();
		assertThat(report.errorCount()).isEqualTo(1);
		assertThat(this.questions.countByActiveTrue()).isEqualTo(SHIPPED);
	}

	private static Path createContentDirectory() {
		try {
			return Files.createTempDirectory("content-import-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
