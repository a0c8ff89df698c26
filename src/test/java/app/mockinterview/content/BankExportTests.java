package app.mockinterview.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import app.mockinterview.question.QuestionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting the bank as canonical Markdown and importing the export again gives the same
 * questions: a round trip over the shipped content.
 */
class BankExportTests {

	private static final Path SHIPPED = Path.of("content");

	@TempDir
	Path unpacked;

	private final QuestionFileParser parser = new QuestionFileParser(new MarkdownRenderer());

	private Map<String, QuestionContent> questions(Path root) throws IOException {
		Map<String, QuestionContent> questions = new TreeMap<>();
		try (Stream<Path> files = Files.list(root.resolve("questions"))) {
			for (Path file : files.toList()) {
				QuestionFileParser.Result result = this.parser.parse(file.toString(), Files.readString(file));
				assertThat(result.problems()).as(file.toString()).filteredOn(ContentProblem::isError).isEmpty();
				questions.put(result.question().get().id(), result.question().get());
			}
		}
		return questions;
	}

	private static int questionFiles(Path root) throws IOException {
		try (var files = Files.list(root.resolve("questions"))) {
			return (int) files.filter((file) -> file.toString().endsWith(".md")).count();
		}
	}

	private List<String> unzip(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				Path target = this.unpacked.resolve(entry.getName());
				Files.createDirectories(target.getParent());
				Files.write(target, in.readAllBytes());
			}
		}
		return names;
	}

	@Test
	void exportingTheShippedBankAndImportingItAgainGivesTheSameQuestions() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		List<String> skipped = new BankExport(new ContentProperties(SHIPPED, false)).writeZip(zip);
		assertThat(skipped).isEmpty();

		List<String> names = unzip(zip.toByteArray());
		assertThat(names)
			.contains("rubric.md", "questions/spark-oom-troubleshooting.md", "sql/sql-top-n-per-group/schema.sql",
					"sql/sql-top-n-per-group/sample/products.csv")
			.filteredOn((name) -> !name.startsWith("sql/"))
			.hasSize(1 + questionFiles(SHIPPED));
		Map<String, QuestionContent> original = questions(SHIPPED);
		Map<String, QuestionContent> reimported = questions(this.unpacked);
		assertThat(reimported.keySet()).isEqualTo(original.keySet());
		for (String id : original.keySet()) {
			assertThat(reimported.get(id)).as(id).isEqualTo(original.get(id));
		}
		assertThat(new ContentValidator().validate(this.unpacked)).isEmpty();
	}

	@Test
	void theCanonicalFormIsStable() throws IOException {
		BankExport export = new BankExport(new ContentProperties(SHIPPED, false));
		String once = export.question("questions/kafka-json-schema-evolution.md").orElseThrow();
		Path copy = Files.createDirectories(this.unpacked.resolve("questions")).resolve("copy.md");
		Files.writeString(copy, once);
		String twice = new BankExport(new ContentProperties(this.unpacked, false)).question("questions/copy.md")
			.orElseThrow();
		assertThat(twice).isEqualTo(once);
		assertThat(once).startsWith("---\nid: kafka-json-schema-evolution\n").contains("\n## Sources\n");
	}

	@Test
	void aMissingOrOutsideFileIsNotExported() {
		BankExport export = new BankExport(new ContentProperties(SHIPPED, false));
		assertThat(export.question("questions/nope.md")).isEmpty();
		assertThat(export.question("../pom.xml")).isEmpty();
	}

}
