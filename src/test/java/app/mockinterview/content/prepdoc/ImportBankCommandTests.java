package app.mockinterview.content.prepdoc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.ContentValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import-bank FILE [--dry-run] [--content-dir DIR]} on the command line.
 */
class ImportBankCommandTests {

	@TempDir
	Path content;

	@TempDir
	Path documents;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void rubric() throws IOException {
		Files.copy(Path.of("content/rubric.md"), this.content.resolve("rubric.md"));
	}

	private int run(String... args) {
		return ImportBankCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String document(String fixture) throws IOException {
		Path file = this.documents.resolve(fixture);
		Files.write(file, PrepDocuments.bytes(fixture));
		return file.toString();
	}

	private long questionFiles() throws IOException {
		Path dir = this.content.resolve("questions");
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.count();
		}
	}

	@Test
	void aDryRunPrintsTheReportAndWritesNothing() throws IOException {
		assertThat(
				run("import-bank", document("prep-document.md"), "--dry-run", "--content-dir", this.content.toString()))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Prep document prep-document.md: UTF-8")
			.contains("Found 4 question(s): 4 ready (4 new, 0 to update, 0 unchanged), 0 broken")
			.contains(
					"#3 prep-document.md:94: Incremental models in dbt [medium] -> questions/incremental-models-in-dbt.md (new)")
			.contains("Dry run: nothing written.");
		assertThat(questionFiles()).isZero();
	}

	@Test
	void writesCanonicalFilesThatValidateAndReimportsAsUnchanged() throws IOException {
		String document = document("prep-document.md");
		assertThat(run("import-bank", document, "--content-dir", this.content.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Wrote 4 file(s)");
		assertThat(questionFiles()).isEqualTo(4);
		assertThat(new ContentValidator().validate(this.content)).filteredOn(ContentProblem::isError).isEmpty();

		this.out.reset();
		assertThat(run("import-bank", document, "--content-dir", this.content.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("4 ready (0 new, 0 to update, 4 unchanged)")
			.contains("Wrote 0 file(s)");
		assertThat(questionFiles()).isEqualTo(4);
	}

	@Test
	void exitsOneWhenAQuestionIsBrokenButWritesTheGoodOnes() throws IOException {
		assertThat(run("import-bank", document("broken-between.md"), "--content-dir", this.content.toString()))
			.isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("-> NOT IMPORTED")
			.contains("broken-between.md:25: no 'Model answer' part");
		assertThat(questionFiles()).isEqualTo(2);
	}

	@Test
	void reportsARepairedEncoding() throws IOException {
		Path damaged = this.documents.resolve("prep.md");
		Files.write(damaged, PrepDocuments.bytes("prep-document-mojibake.md"));
		assertThat(run("import-bank", damaged.toString(), "--dry-run", "--content-dir", this.content.toString()))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("(UTF-8 that had been read as Mac Roman and saved again)");
	}

	@Test
	void usageErrorsExitTwo() {
		assertThat(run("import-bank")).isEqualTo(2);
		assertThat(run("import-bank", "a.md", "b.md")).isEqualTo(2);
		assertThat(run("import-bank", "a.md", "--content-dir")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: import-bank FILE");
	}

	@Test
	void aMissingFileExitsOne() {
		assertThat(run("import-bank", this.documents.resolve("nope.md").toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot read the document");
	}

}
