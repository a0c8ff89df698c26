package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.ContentValidator;
import app.mockinterview.content.prepdoc.BankImportPreview.Action;
import app.mockinterview.content.prepdoc.BankImportPreview.QuestionPreview;
import app.mockinterview.content.prepdoc.BankImportPreview.RecognisedPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing multi-question prep documents: what the preview finds, the canonical files it
 * plans, encodings, broken questions, stable ids and re-imports.
 */
class BankImportTests {

	@TempDir
	Path content;

	private final BankImport bankImport = new BankImport();

	@BeforeEach
	void rubric() throws IOException {
		Files.copy(Path.of("content/rubric.md"), this.content.resolve("rubric.md"));
	}

	private BankImportPreview preview(String name) {
		return this.bankImport.preview(name, PrepDocuments.bytes(name), this.content);
	}

	private BankImportPreview preview(String name, byte[] bytes) {
		return this.bankImport.preview(name, bytes, this.content);
	}

	private static String markdown(QuestionPreview question) {
		return question.file().orElseThrow().markdown();
	}

	private List<String> questionFiles() throws IOException {
		Path dir = this.content.resolve("questions");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	@Nested
	class JudgingParts {

		private static final String DOCUMENT = """
				# EASY

				### Q1. Choosing a file format for analytics

				**Exact phrasing:**

				> "Parquet or CSV for a table that analysts scan every day?" ([Blog][b])

				**What the interviewer evaluates:**

				- **Columnar storage**: says why scans read fewer bytes.
				  - **Strong no**: says the formats read the same bytes.
				  - **Lean no**: says Parquet is faster without saying why.
				  - **Lean yes**: explains column pruning and compression.
				  - **Strong yes**: also explains row-group statistics and predicate pushdown.

				**Answer approach:**

				1. Compare the formats on read cost.

				**Model answer:**

				Parquet stores columns together and keeps the schema.

				**Follow-ups:**

				- When is CSV still the right call?

				**Red flags:**

				- **At most Lean no on Columnar storage**: recommends CSV for daily scans.
				- Talks only about file size.

				**Common wrong answers:**

				- **Parquet is always smaller**: tiny files with many columns can be larger than CSV.

				**What a senior answer adds:**

				- Asks how the files are partitioned and compacted.

				[b]: https://example.org/blog
				""";

		@Test
		void mapsLevelsRedFlagsWrongAnswersAndSeniorSignalsWhenTheDocumentHasThem() {
			BankImportPreview preview = preview("judging.md", DOCUMENT.getBytes(StandardCharsets.UTF_8));
			QuestionPreview question = preview.questions().get(0);
			String markdown = markdown(question);
			assertThat(markdown).contains("  - **Lean yes**: explains column pruning and compression.")
				.contains("## Red flags\n\n- **At most Lean no on Columnar storage**: recommends CSV for daily scans.")
				.doesNotContain("Talks only about file size")
				.contains("## Common wrong answers\n\n- **Parquet is always smaller**")
				.contains("## What a senior answer adds\n\n- Asks how the files are partitioned")
				.contains("area: ")
				.contains("kind: concept");
			assertThat(question.problems()).extracting(Object::toString)
				.anySatisfy((problem) -> assertThat(problem).contains("1 item(s) of 'Red flags' left out"))
				.anySatisfy((problem) -> assertThat(problem).contains("guessed area"));
		}

		@Test
		void warnsWhenTheDocumentHasNoLevelsOrJudgingParts() {
			String bare = DOCUMENT.replaceAll("(?m)^  - \\*\\*(Strong|Lean).*\\n", "")
				.replaceAll("(?s)\\*\\*Red flags:\\*\\*.*?(\\[b\\])", "$1");
			QuestionPreview question = preview("bare.md", bare.getBytes(StandardCharsets.UTF_8)).questions().get(0);
			assertThat(question.ready()).as("the question still imports").isTrue();
			assertThat(question.problems()).extracting(Object::toString)
				.anySatisfy((problem) -> assertThat(problem)
					.contains("imported without level descriptions for " + "Columnar storage")
					.contains("a '## Red flags' section"));
		}

	}

	@Nested
	class Preview {

		@Test
		void findsEveryQuestionWithItsDifficultyTitleAndLine() {
			BankImportPreview preview = preview("prep-document.md");
			assertThat(preview.questions()).extracting(QuestionPreview::title)
				.containsExactly("Backfilling a daily Airflow DAG", "Finding duplicate orders with SQL",
						"Incremental models in dbt", "Change data capture into a lakehouse");
			assertThat(preview.questions()).extracting(QuestionPreview::difficulty)
				.containsExactly("easy", "easy", "medium", "hard");
			assertThat(preview.questions()).extracting(QuestionPreview::line).containsExactly(21, 62, 94, 130);
			assertThat(preview.readyQuestions()).hasSize(4);
			assertThat(preview.hasErrors()).isFalse();
			assertThat(preview.linkDefinitions()).isEqualTo(2);
			assertThat(preview.encodingNotes()).containsExactly("UTF-8");
		}

		@Test
		void listsEachRecognisedPartWithItsLineAndFirstLines() {
			QuestionPreview first = preview("prep-document.md").questions().get(0);
			assertThat(first.parts()).extracting(RecognisedPart::name)
				.containsExactly("Reported wording", "What the interviewer evaluates", "Approach", "Model answer",
						"Follow-ups");
			assertThat(first.parts()).extracting(RecognisedPart::line).containsExactly(23, 27, 33, 39, 55);
			assertThat(first.parts().get(3).firstLines().get(0)).startsWith("1. **Make the tasks idempotent:**");
		}

		@Test
		void reportsTheIndexAndSourcesSectionsAsIgnored() {
			assertThat(preview("prep-document.md").ignored()).extracting(BankImportPreview.IgnoredPart::what)
				.containsExactly("section '🗂 Contents' (9 lines)",
						"section 'Where these questions come from' (3 lines)");
		}

		@Test
		void writesNothing() throws IOException {
			preview("prep-document.md");
			assertThat(questionFiles()).isEmpty();
		}

		@Test
		void theReportPrintsEveryQuestionWithItsTargetFile() {
			List<String> report = preview("prep-document.md").reportLines();
			assertThat(report.get(1)).isEqualTo(
					"Found 4 question(s): 4 ready (4 new, 0 to update, 0 unchanged), 0 broken; 2 link definition(s)");
			assertThat(report).contains(
					"#1 prep-document.md:21: Backfilling a daily Airflow DAG [easy] -> questions/backfilling-a-daily-airflow-dag.md (new)");
		}

	}

	@Nested
	class Mapping {

		private List<QuestionPreview> questions;

		@BeforeEach
		void previewTheDocument() {
			this.questions = preview("prep-document.md").questions();
		}

		@Test
		void everyGeneratedFileIsAValidQuestionFile() {
			ContentValidator validator = new ContentValidator();
			for (QuestionPreview question : this.questions) {
				List<ContentProblem> problems = validator.validateQuestion("q.md", markdown(question));
				assertThat(problems).filteredOn(ContentProblem::isError).isEmpty();
			}
		}

		@Test
		void theReportedWordingLosesItsQuotesFormattingAndCitation() {
			assertThat(markdown(this.questions.get(0)))
				.contains("reported: \"A daily DAG was switched off for two weeks. How do you fill the gap safely?\"");
			assertThat(markdown(this.questions.get(1)))
				.contains("reported: \"How would you find orders that were loaded twice?\"");
		}

		@Test
		void theSourceComesFromTheCitationResolvedAgainstTheDefinitionsWithoutTrackingParameters() {
			String first = markdown(this.questions.get(0));
			assertThat(first).contains("  name: \"Forum: Data engineering interview stories\"")
				.contains("  url: \"https://forum.example.org/interviews/data-engineering\"")
				.doesNotContain("utm_source");
			assertThat(markdown(this.questions.get(2)))
				.contains("url: \"https://docs.example.com/guides/incremental-models?page=2\"");
		}

		@Test
		void companiesComeFromTheTitleAndTheReportedSource() {
			assertThat(markdown(this.questions.get(0))).contains("companies: [Acme Freight]");
			assertThat(markdown(this.questions.get(1))).doesNotContain("companies:");
			assertThat(markdown(this.questions.get(2))).contains("companies: [Northwind]");
			assertThat(markdown(this.questions.get(3))).contains("companies: [Globex]");
		}

		@Test
		void evaluationBulletsBecomeRubricCriteria() {
			assertThat(markdown(this.questions.get(0)))
				.contains(
						"- **Understanding of logical dates and catchup**: Understanding of logical dates and catchup")
				.contains("- **Idempotent tasks**: a rerun must not double the data");
			assertThat(markdown(this.questions.get(1)))
				.contains("- **Grouping**: uses GROUP BY with HAVING on the natural key");
		}

		@Test
		void numberedModelAnswerStepsBecomePartsAndNestedCodeKeepsItsShape() {
			String first = markdown(this.questions.get(0));
			assertThat(first).contains("### Make the tasks idempotent\n\neach run overwrites")
				.contains("### Run the backfill\n\n* Use the command line for a fixed window:\n\n  ```bash\n")
				.contains("  # not a heading: the hash sign above is a shell comment\n  ```")
				.contains("### Check the outcome");
			assertThat(markdown(this.questions.get(2))).contains("### Why this works\n\nthe model reads only");
		}

		@Test
		void clarifyIsDerivedFromAModelAnswerStepThatStartsWithClarify() {
			QuestionPreview second = this.questions.get(1);
			assertThat(markdown(second)).contains("## Clarify\n\n- What identifies an order?\n"
					+ "- Can two real orders share every column?\n- Assume `order_id` plus `line_no` is the key.\n");
			assertThat(second.warnings()).extracting(ContentProblem::message)
				.contains("no Clarify part: the Clarify guidance is taken from the model answer step that starts "
						+ "with 'Clarify'");
			assertThat(markdown(this.questions.get(3)))
				.contains("## Clarify\n\n* Roughly a thousand changes per second at peak.\n* Analysts accept a delay");
		}

		@Test
		void withoutAnyClarifyGuidanceTheSectionStaysEmptyWithAWarning() {
			QuestionPreview medium = this.questions.get(2);
			assertThat(markdown(medium)).contains("## Clarify\n\n## Approach");
			assertThat(medium.warnings()).extracting(ContentProblem::toString)
				.contains("prep-document.md:94: warning: no Clarify part and no step starting with 'Clarify': "
						+ "the Clarify stage will offer no guidance");
		}

		@Test
		void recordsTheDocumentAndItsOrderAndCitedSources() {
			String hard = markdown(this.questions.get(3));
			assertThat(hard).contains("imported-from: prep-document.md").contains("order: 1").contains("topics: [");
			assertThat(markdown(this.questions.get(1))).contains("order: 2");
			assertThat(markdown(this.questions.get(2))).contains(
					"## Sources\n\n- [Docs: Incremental models guide](https://docs.example.com/guides/incremental-models?page=2)");
		}

	}

	@Nested
	class Labels {

		@Test
		void labelsAreMatchedWhateverTheirCaseEmojiDashesOrSuffixes() {
			BankImportPreview preview = preview("label-variants.md");
			assertThat(preview.questions()).extracting(QuestionPreview::title)
				.containsExactly("Choosing a file format for analytics", "Exactly-once delivery to a warehouse");
			assertThat(preview.questions()).extracting(QuestionPreview::difficulty).containsExactly("easy", "hard");
			assertThat(preview.questions().get(0).parts()).extracting(RecognisedPart::name)
				.containsExactly("Reported wording", "What the interviewer evaluates", "Clarify", "Approach",
						"Model answer", "Follow-ups");
			assertThat(preview.questions().get(1).parts()).extracting(RecognisedPart::name)
				.containsExactly("Reported wording", "What the interviewer evaluates", "Approach", "Model answer",
						"Follow-ups");
			assertThat(preview.hasErrors()).isFalse();
		}

		@Test
		void anExplicitClarifyPartIsUsedAsItIs() {
			String first = preview("label-variants.md").questions().get(0).file().orElseThrow().markdown();
			assertThat(first)
				.contains("## Clarify\n\n- How wide is the table, and which columns do the analysts read?");
		}

		@Test
		void theWordingMayFollowTheLabelOnTheSameLine() {
			String second = preview("label-variants.md").questions().get(1).file().orElseThrow().markdown();
			assertThat(second).contains("reported: \"Can you promise exactly-once from a stream into a warehouse?\"")
				.contains("companies: [Initech]");
		}

		@Test
		void partLabelsAreTolerant() {
			assertThat(PartLabel.match("Key tradeoffs / follow-ups:")).contains(PartLabel.FOLLOW_UPS);
			assertThat(PartLabel.match("KEY TRADE-OFFS & FOLLOW-UPS")).contains(PartLabel.FOLLOW_UPS);
			assertThat(PartLabel.match("Follow\u2013ups")).contains(PartLabel.FOLLOW_UPS);
			assertThat(PartLabel.match("Model answer (say this \u2014 draw a diagram while speaking):"))
				.contains(PartLabel.MODEL_ANSWER);
			assertThat(PartLabel.match("✅ Answer approach (structure)")).contains(PartLabel.APPROACH);
			assertThat(PartLabel.match("Exact phrasing (reported):")).contains(PartLabel.REPORTED);
			assertThat(PartLabel.match("Why this works:")).isEmpty();
			assertThat(PartLabel.match("Short summary / risk:")).isEmpty();
		}

	}

	@Nested
	class BrokenQuestions {

		@Test
		void aBrokenQuestionIsReportedWithLinesAndTheOthersStillImport() throws IOException {
			BankImportPreview preview = preview("broken-between.md");
			assertThat(preview.questions()).extracting(QuestionPreview::ready).containsExactly(true, false, true);
			QuestionPreview broken = preview.questions().get(1);
			assertThat(broken.errors()).extracting(ContentProblem::toString)
				.containsExactly("broken-between.md:31: the 'What the interviewer evaluates' part is empty",
						"broken-between.md:25: no 'Model answer' part: add the answer under '**Model answer:**'",
						"broken-between.md:25: no 'Follow-ups' part: add follow-up questions under "
								+ "'**Key tradeoffs / follow-ups:**'",
						"broken-between.md:27: the reported wording needs a source link, such as '([Glassdoor][1])' "
								+ "with '[1]: https://...' at the end of the document");
			assertThat(preview.hasErrors()).isTrue();
			assertThat(preview.reportLines()).anyMatch((line) -> line.endsWith("-> NOT IMPORTED"));

			this.bankImportWrite(preview);
			assertThat(questionFiles()).containsExactly("counting-distinct-users-cheaply.md",
					"partitioning-a-large-table-by-date.md");
		}

		private void bankImportWrite(BankImportPreview preview) throws IOException {
			BankImportTests.this.bankImport.write(preview, BankImportTests.this.content);
		}

		@Test
		void aDocumentWithoutQuestionsSaysWhatItExpected() {
			BankImportPreview preview = preview("notes.md",
					"# Notes\n\nJust some text.\n".getBytes(StandardCharsets.UTF_8));
			assertThat(preview.questions()).isEmpty();
			assertThat(preview.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).startsWith("no questions found"));
		}

	}

	@Nested
	class Encodings {

		private final String clean = PrepDocuments.text("prep-document.md");

		private List<String> files(BankImportPreview preview) {
			return preview.questions().stream().map(BankImportTests::markdown).toList();
		}

		private List<String> expected;

		@BeforeEach
		void previewTheCleanDocument() {
			this.expected = files(preview("prep-document.md"));
		}

		@Test
		void utf8WithByteOrderMarkAndCrlfGivesTheSameQuestions() {
			byte[] bytes = ("\uFEFF" + this.clean.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
			BankImportPreview preview = preview("prep-document.md", bytes);
			assertThat(files(preview)).isEqualTo(this.expected);
			assertThat(preview.encodingNotes()).containsExactly("UTF-8 with a byte-order mark", "CRLF line endings");
		}

		@Test
		void windows1252GivesTheSameQuestions() {
			String representable = this.clean.replace("🗂", "");
			byte[] bytes = representable.getBytes(Charset.forName("windows-1252"));
			BankImportPreview preview = preview("prep-document.md", bytes);
			assertThat(files(preview)).isEqualTo(this.expected);
			assertThat(preview.encodingNotes()).containsExactly("not valid UTF-8, read as Windows-1252");
		}

		@Test
		void utf8ThatWasReadAsMacRomanIsRepairedAndReported() {
			BankImportPreview preview = preview("prep-document.md", PrepDocuments.bytes("prep-document-mojibake.md"));
			assertThat(files(preview)).isEqualTo(this.expected);
			assertThat(preview.encodingNotes()).hasSize(2)
				.last()
				.satisfies((note) -> assertThat(note).matches(
						"repaired \\d+ lines of damaged characters \\(UTF-8 that had been read as Mac Roman and saved again\\)"));
		}

		@Test
		void utf8ThatWasReadAsWindows1252IsRepairedAndReported() {
			String damaged = readAsWindows1252(this.clean.replace("🗂", "").getBytes(StandardCharsets.UTF_8));
			BankImportPreview preview = preview("prep-document.md", damaged.getBytes(StandardCharsets.UTF_8));
			assertThat(files(preview)).isEqualTo(this.expected);
			assertThat(preview.encodingNotes()).last()
				.satisfies((note) -> assertThat(note).contains("read as Windows-1252 and saved again"));
		}

		/**
		 * What browsers and many editors do: Windows-1252, with its five undefined bytes
		 * passed through as the C1 controls of the same number.
		 */
		private static String readAsWindows1252(byte[] bytes) {
			StringBuilder text = new StringBuilder();
			for (byte b : bytes) {
				String decoded = new String(new byte[] { b }, Charset.forName("windows-1252"));
				text.append(decoded.equals("\uFFFD") ? (char) (b & 0xFF) : decoded.charAt(0));
			}
			return text.toString();
		}

		@Test
		void correctTextWithAccentsIsLeftAlone() {
			String text = "Café in São Paulo — “naïve” résumé, 10 € and 5 °C\nÃ alone is fine too\n";
			PrepDocumentText.Decoded decoded = PrepDocumentText.decode(text.getBytes(StandardCharsets.UTF_8));
			assertThat(decoded.text()).isEqualTo(text);
			assertThat(decoded.repairedLines()).isZero();
		}

	}

	@Nested
	class Ids {

		@Test
		void idsComeFromTitles() {
			assertThat(preview("prep-document.md").questions()).extracting((q) -> q.file().orElseThrow().id())
				.containsExactly("backfilling-a-daily-airflow-dag", "finding-duplicate-orders-with-sql",
						"incremental-models-in-dbt", "change-data-capture-into-a-lakehouse");
		}

		@Test
		void reimportingTheSameDocumentUpdatesInsteadOfDuplicating() throws IOException {
			BankImportTests.this.bankImport.write(preview("prep-document.md"), BankImportTests.this.content);
			List<String> first = questionFiles();
			assertThat(preview("prep-document.md").questions())
				.allMatch((q) -> q.file().orElseThrow().action() == Action.UNCHANGED);

			String edited = PrepDocuments.text("prep-document.md")
				.replace("compare row counts per day", "compare row counts and sums per day");
			BankImportPreview again = preview("prep-document.md", edited.getBytes(StandardCharsets.UTF_8));
			assertThat(again.questions()).extracting((q) -> q.file().orElseThrow().action())
				.containsExactly(Action.UPDATE, Action.UNCHANGED, Action.UNCHANGED, Action.UNCHANGED);
			BankImportTests.this.bankImport.write(again, BankImportTests.this.content);
			assertThat(questionFiles()).isEqualTo(first);
			assertThat(Files
				.readString(BankImportTests.this.content.resolve("questions/backfilling-a-daily-airflow-dag.md")))
				.contains("compare row counts and sums per day");
		}

		@Test
		void aFileFromElsewhereKeepsItsIdAndTheImportedQuestionGetsANewOne() throws IOException {
			Path questions = Files.createDirectories(BankImportTests.this.content.resolve("questions"));
			Files.copy(Path.of("content/questions/spark-oom-troubleshooting.md"),
					questions.resolve("spark-oom-troubleshooting.md"));
			String document = "# MEDIUM\n\n### Medium 1 — Spark OOM troubleshooting\n\n"
					+ "**Exact phrasing:**\n\n> “Why does my job run out of memory?” ([a][1])\n\n"
					+ "**What interviewer evaluates:**\n\n* Diagnosis\n\n**Answer approach:**\n\n1. Look at the logs.\n\n"
					+ "**Model answer:**\n\nRead the executor logs first.\n\n**Follow-ups:**\n\n* Driver or executor?\n\n"
					+ "### Medium 2 — Spark OOM troubleshooting\n\n"
					+ "**Exact phrasing:**\n\n> “Same title, other question?” ([a][1])\n\n"
					+ "**What interviewer evaluates:**\n\n* Care\n\n**Answer approach:**\n\n1. Think.\n\n"
					+ "**Model answer:**\n\nAn answer.\n\n**Follow-ups:**\n\n* Another?\n\n[1]: https://example.org/a\n";
			BankImportPreview preview = preview("mine.md", document.getBytes(StandardCharsets.UTF_8));
			assertThat(preview.questions()).extracting((q) -> q.file().orElseThrow().id())
				.containsExactly("spark-oom-troubleshooting-2", "spark-oom-troubleshooting-3");
			assertThat(preview.questions()).extracting((q) -> q.file().orElseThrow().action()).containsOnly(Action.NEW);
		}

		@Test
		void slugsAreLowerCaseAsciiAndShort() {
			assertThat(BankImport.slug("Design a pipeline for 100M events/day"))
				.isEqualTo("design-a-pipeline-for-100m-events-day");
			assertThat(BankImport.slug("Déjà vu: SQL & Spark!")).isEqualTo("deja-vu-sql-spark");
			assertThat(BankImport.slug("📈📈")).isEqualTo("question");
			assertThat(BankImport.slug("word ".repeat(40))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
		}

	}

}
