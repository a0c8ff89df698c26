package app.mockinterview.transfer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.mockinterview.MockInterviewApplication;
import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export-data} and {@code import-data} move practice, interviews and sheets from
 * the H2 file database the app starts with to another database, ids and links intact:
 * another H2 file, or on the PostgreSQL test run the move the issue asks for, to
 * PostgreSQL.
 */
@DatabaseTest
class DataTransferTests {

	private static final String QUESTION = "kafka-to-data-lake-consistency";

	@TempDir
	Path temp;

	/** The database the data moves to. */
	private TestDatabase target;

	/** One browser, for the app on the source and on the target. */
	private final TestClient browser = TestClient.http();

	@BeforeEach
	void createTargetDatabase() {
		this.target = TestDatabase.forApplication(this.temp.resolve("target"));
	}

	@AfterEach
	void dropTargetDatabase() {
		this.target.close();
	}

	List<String> sourceDatabase() {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + this.temp.resolve("source"));
	}

	List<String> targetDatabase() {
		return this.target.arguments();
	}

	record Source(String attempt, String console, String room) {

	}

	@Test
	void everythingMovesToAnotherDatabaseWithItsIdsAndLinks() throws Exception {
		Source source;
		try (ConfigurableApplicationContext app = start(sourceDatabase())) {
			source = fill(base(app));
		}
		Path file = this.temp.resolve("export.json");
		assertThat(command("export-data", file, sourceDatabase()).exitCode()).isZero();
		Result imported = command("import-data", file, targetDatabase());
		assertThat(imported.exitCode()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("Imported " + file);

		// Exported again from the target, every row is the same.
		Path again = this.temp.resolve("again.json");
		assertThat(command("export-data", again, targetDatabase()).exitCode()).isZero();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode before = json.readTree(file.toFile()).get("tables");
		JsonNode after = json.readTree(again.toFile()).get("tables");
		assertThat(before.get("interview")).hasSize(1);
		assertThat(before.get("scoring_sheet")).hasSize(2);
		assertThat(before.get("attempt_stage").size()).isGreaterThan(1);
		assertThat(before.get("notes_revision")).as("the history of the candidate's and the practice notes").hasSize(2);
		assertThat(after).isEqualTo(before);

		// The same links open the same work on the target, and it keeps working there.
		try (ConfigurableApplicationContext app = start(targetDatabase())) {
			String base = base(app);
			Document console = this.browser.page(base + source.console());
			assertThat(console.select(".candidate-notes pre").text()).isEqualTo("Lag per partition, then alerts");
			assertThat(console.select("#private-notes").text()).isEqualTo("Clear on at-least-once");
			assertThat(this.browser.page(base + source.attempt()).select("#notes").first().wholeText())
				.isEqualTo("Exactly-once end to end?");
			assertThat(this.browser.page(base + source.room()).select("#stage-heading").text()).contains("Approach");
			assertThat(
					this.browser.page(base + source.console() + "/sheet").select("textarea[name=privateNotes]").text())
				.isEqualTo("Strong on offsets");

			// New rows get new ids after the imported ones.
			this.browser.page(base + "/interviews/new?question=" + QUESTION);
			String second = this.browser
				.post(base + "/interviews", "interviewerName", "Noor", "candidateName", "Sam", "questions", QUESTION)
				.redirectPath();
			assertThat(this.browser.page(base + second).select(".candidate-notes").text())
				.contains("Nothing written yet");
			this.browser.post(base + second + "/interviewers", "name", "Tom");
			assertThat(this.browser.page(base + source.console()).select("#private-notes").text())
				.isEqualTo("Clear on at-least-once");

			// The notes' history came along: the replay shows it once the interview ends.
			this.browser.post(base + source.console() + "/end");
			assertThat(this.browser.page(base + source.console()).select("#replay-body").text())
				.contains("Lag per partition, then alerts");
		}
	}

	@Test
	void aDatabaseThatAlreadyHoldsDataIsLeftAlone() throws Exception {
		try (ConfigurableApplicationContext app = start(sourceDatabase())) {
			fill(base(app));
		}
		Path file = this.temp.resolve("export.json");
		assertThat(command("export-data", file, sourceDatabase()).exitCode()).isZero();
		Result twice = command("import-data", file, sourceDatabase());
		assertThat(twice.exitCode()).isEqualTo(1);
		assertThat(twice.err()).contains("already holds data");
		assertThat(command("export-data", file, sourceDatabase()).err()).contains("already exists");
	}

	@Test
	void aFileFromSomethingElseIsRefused() throws Exception {
		Path file = this.temp.resolve("other.json");
		Files.writeString(file, "{\"format\":\"something-else\",\"version\":1}");
		Result result = command("import-data", file, targetDatabase());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("is not a file written by export-data");
	}

	/** A practice attempt and an interview with notes, two interviewers and a draft. */
	private Source fill(String base) {
		this.browser.page(base + "/questions/" + QUESTION);
		String attempt = this.browser.post(base + "/questions/" + QUESTION + "/practice").redirectPath();
		this.browser.page(base + attempt);
		assertThat(this.browser
			.autosave(base + attempt + "/autosave", "stage", "CLARIFY", "notes", "Exactly-once end to end?", "revision",
					"1")
			.status()).isEqualTo(200);

		this.browser.page(base + "/interviews/new?question=" + QUESTION);
		String console = this.browser
			.post(base + "/interviews", "interviewerName", "Ines", "candidateName", "Carl", "questions", QUESTION)
			.redirectPath();
		String room = java.net.URI.create(this.browser.page(base + console).select("#candidate-link").val()).getPath();
		this.browser.post(base + console + "/start");
		this.browser.post(base + console + "/stage", "target", "APPROACH");
		this.browser.post(base + console + "/interviewers", "name", "Second");
		assertThat(this.browser
			.autosave(base + room + "/notes/autosave", "position", "0", "notes", "Lag per partition, then alerts",
					"revision", "1")
			.status()).isEqualTo(200);
		assertThat(this.browser
			.autosave(base + console + "/notes/autosave", "position", "0", "stage", "APPROACH", "notes",
					"Clear on at-least-once", "revision", "1")
			.status()).isEqualTo(200);
		String version = this.browser.page(base + console + "/sheet").select("input[name=version]").val();
		assertThat(this.browser
			.autosave(base + console + "/sheet/autosave", "version", version, "privateNotes", "Strong on offsets",
					"feedbackForCandidate", "Good structure")
			.status()).isEqualTo(200);
		return new Source(attempt, console, room);
	}

	record Result(int exitCode, String out, String err) {

	}

	private static Result command(String name, Path file, List<String> database) {
		List<String> args = new ArrayList<>(List.of(name, file.toString()));
		args.addAll(database);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = DataTransferCommand.run(MockInterviewApplication.class, args.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static ConfigurableApplicationContext start(List<String> database) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.content-dir=content"));
		args.addAll(database);
		return new SpringApplicationBuilder(MockInterviewApplication.class).run(args.toArray(String[]::new));
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
