package app.mockinterview.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.ContentValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} checks SQL exercises: every data set loads and is within the size
 * limit, and the model solution runs on every data set. Each problem names its file and
 * line.
 */
class SqlContentValidationTests {

	static final Path FIXTURE = Path.of("src/test/resources/sql-content");

	private static final String ID = "sql-spend-per-customer";

	@TempDir
	Path root;

	@BeforeEach
	void copyFixture() throws IOException {
		try (Stream<Path> files = Files.walk(FIXTURE)) {
			for (Path file : files.toList()) {
				Path target = this.root.resolve(FIXTURE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	private List<ContentProblem> validate() {
		return new ContentValidator().validate(this.root);
	}

	private Path exerciseDir() {
		return this.root.resolve("sql").resolve(ID);
	}

	private Path question() {
		return this.root.resolve("questions").resolve(ID + ".md");
	}

	@Test
	void theFixtureValidates() {
		assertThat(validate()).isEmpty();
	}

	@Test
	void aModelSolutionThatFailsIsReportedAtItsLine() throws IOException {
		Files.writeString(question(), Files.readString(question()).replace("GROUP BY customer", "GROUP BY custmer"));
		List<ContentProblem> problems = validate();
		assertThat(problems).isNotEmpty().allSatisfy((problem) -> {
			assertThat(problem.path()).isEqualTo(question().toString());
			assertThat(problem.line()).isEqualTo(58);
			assertThat(problem.message()).startsWith("the model solution fails on ").contains("custmer");
		});
		assertThat(problems).hasSize(4);
	}

	@Test
	void aTableThatDoesNotLoadIsReportedAtTheRow() throws IOException {
		Path csv = exerciseDir().resolve("hidden-ties/orders.csv");
		Files.writeString(csv, Files.readString(csv).replace("2.50,2024-01-03", "lots,2024-01-03"));
		assertThat(validate()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo(csv.toString());
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).startsWith("table orders does not load").contains("lots");
		});
	}

	@Test
	void aDataSetOverTheSizeLimitIsReported() throws IOException {
		Path csv = exerciseDir().resolve("hidden-empty/orders.csv");
		StringBuilder rows = new StringBuilder("order_id,customer,amount,ordered_on\n");
		for (int i = 1; i <= 5_001; i++) {
			rows.append(i).append(",c").append(i % 50).append(",1.00,2024-01-01\n");
		}
		Files.writeString(csv, rows);
		assertThat(validate()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo(csv.toString());
			assertThat(problem.line()).isEqualTo(5_002);
			assertThat(problem.message()).contains("over the size limit").contains("5001 rows, at most 5000");
		});
	}

	@Test
	void missingPiecesAreReported() throws IOException {
		Files.delete(exerciseDir().resolve("hidden-nulls/orders.csv"));
		Files.writeString(exerciseDir().resolve("sample/customers.csv"), "id\n1\n");
		Files.createDirectories(this.root.resolve("sql/no-such-question"));
		assertThat(validate()).extracting(ContentProblem::toString)
			.anySatisfy((line) -> assertThat(line).endsWith("hidden-nulls/orders.csv:1: missing: every data set "
					+ "holds every table (a header-only CSV is an empty table)"))
			.anySatisfy((line) -> assertThat(line).contains("sample/customers.csv:1: not a table of schema.sql"))
			.anySatisfy((line) -> assertThat(line).contains("no-such-question:1: no SQL exercise question"));
	}

	@Test
	void anExerciseNeedsAHiddenDataSetAndAModelSolution() throws IOException {
		try (Stream<Path> files = Files.walk(exerciseDir())) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (file.toString().contains("hidden-")) {
					Files.delete(file);
				}
			}
		}
		Files.writeString(question(), Files.readString(question()).replace("```sql", "```text"));
		assertThat(validate()).extracting(ContentProblem::message)
			.anySatisfy((message) -> assertThat(message).startsWith("no hidden data set"))
			.anySatisfy((message) -> assertThat(message).startsWith("no model solution"));
	}

	@Test
	void theSqlSettingsAreChecked() throws IOException {
		Files.writeString(question(),
				Files.readString(question())
					.replace("ordered: true", "ordered: sometimes")
					.replace("tolerance: 0.001", "tolerance: -1"));
		assertThat(validate()).extracting(ContentProblem::toString)
			.contains(question() + ":15: sql.ordered must be true or false",
					question() + ":16: sql.tolerance must be a number of zero or more (e.g. 0.0001)");
	}

}
