package app.mockinterview.practice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import app.mockinterview.MockInterviewApplication;
import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.GroupCommit;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged save survives a restart: the application is started on an H2 file (on
 * the PostgreSQL test run, a PostgreSQL database created for the test), notes are saved
 * over HTTP, the application is stopped and started again on the same database, and every
 * acknowledged note is there. That holds as well for saves sent all at once, which share
 * commits.
 */
@DatabaseTest
class PracticePersistenceTests {

	@TempDir
	Path data;

	/** The database both runs use. */
	private TestDatabase database;

	/** One browser, before and after the restart. */
	private final TestClient browser = TestClient.http();

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.forApplication(this.data.resolve("db"));
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	private ConfigurableApplicationContext startApplication() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.content-dir=content"));
		args.addAll(this.database.arguments());
		return new SpringApplicationBuilder(MockInterviewApplication.class).run(args.toArray(String[]::new));
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void everyAcknowledgedNoteIsThereAfterARestart() throws Exception {
		String attemptPath;
		Map<String, String> acknowledged = new LinkedHashMap<>();
		try (ConfigurableApplicationContext first = startApplication()) {
			String base = base(first);
			this.browser.get(base + "/questions/kafka-to-data-lake-consistency");
			TestClient.Response started = this.browser
				.post(base + "/questions/kafka-to-data-lake-consistency/practice");
			attemptPath = started.redirectPath();
			this.browser.get(base + attemptPath);
			for (int revision = 1; revision <= 20; revision++) {
				String notes = "Clarify draft " + revision + " — délai de livraison, exactly-once?";
				TestClient.Response saved = this.browser.autosave(base + attemptPath + "/autosave", "stage", "CLARIFY",
						"notes", notes, "revision", String.valueOf(revision));
				assertThat(saved.status()).isEqualTo(200);
				acknowledged.put("CLARIFY", notes);
			}
			this.browser.post(base + attemptPath + "/stage", "target", "APPROACH");
			TestClient.Response approach = this.browser.autosave(base + attemptPath + "/autosave", "stage", "APPROACH",
					"notes", "1. Outbox\n2. CDC", "revision", "1");
			assertThat(approach.status()).isEqualTo(200);
			acknowledged.put("APPROACH", "1. Outbox\n2. CDC");
		}

		try (ConfigurableApplicationContext second = startApplication()) {
			String base = base(second);
			Document page = this.browser.get(base + attemptPath).document();
			assertThat(page.select("#stage-heading").text()).isEqualTo("Approach");
			assertThat(page.select("#notes").first().wholeText()).isEqualTo(acknowledged.get("APPROACH"));
			this.browser.post(base + attemptPath + "/stage", "target", "CLARIFY");
			Document clarify = this.browser.get(base + attemptPath).document();
			assertThat(clarify.select("#notes").first().wholeText()).isEqualTo(acknowledged.get("CLARIFY"));
		}
	}

	@Test
	void concurrentSavesAreAllAcknowledgedShareCommitsAndAreThereAfterARestart() throws Exception {
		int attempts = 16;
		List<String> stages = List.of("CLARIFY", "APPROACH");
		int savesEach = 50;
		int saves = attempts * stages.size() * savesEach;
		List<String> attemptPaths = new ArrayList<>();
		try (ConfigurableApplicationContext first = startApplication()) {
			String base = base(first);
			this.browser.get(base + "/questions/kafka-to-data-lake-consistency");
			for (int i = 0; i < attempts; i++) {
				attemptPaths
					.add(this.browser.post(base + "/questions/kafka-to-data-lake-consistency/practice").redirectPath());
			}
			this.browser.get(base + attemptPaths.get(0));
			GroupCommit groupCommit = first.getBean(GroupCommit.class);
			MeterRegistry meters = first.getBean(MeterRegistry.class);
			long commitsBefore = groupCommit.commits();
			long unitsBefore = groupCommit.committedUnits();
			double countedBefore = meters.counter("mockinterview.autosaves", "kind", "practice").count();

			// One writer per attempt and stage, each with growing revisions, all at once:
			// every save is newer than the stored one, so every save must be
			// acknowledged.
			ExecutorService writers = Executors.newFixedThreadPool(attempts * stages.size());
			List<Future<Integer>> acknowledged = new ArrayList<>();
			try {
				for (String attemptPath : attemptPaths) {
					for (String stage : stages) {
						acknowledged.add(writers.submit(() -> {
							int ok = 0;
							for (int revision = 1; revision <= savesEach; revision++) {
								TestClient.Response saved = this.browser.autosave(base + attemptPath + "/autosave",
										"stage", stage, "notes", notes(attemptPath, stage, revision), "revision",
										String.valueOf(revision));
								ok += (saved.status() == 200 && saved.body().contains("\"revision\":" + revision)) ? 1
										: 0;
							}
							return ok;
						}));
					}
				}
				int total = 0;
				for (Future<Integer> writer : acknowledged) {
					total += writer.get(5, TimeUnit.MINUTES);
				}
				assertThat(total).isEqualTo(saves);
			}
			finally {
				writers.shutdownNow();
			}
			assertThat(groupCommit.committedUnits() - unitsBefore).as("saves committed by the group writer")
				.isEqualTo(saves);
			assertThat(groupCommit.commits() - commitsBefore).as("commits for %d saves", saves).isLessThan(saves);
			assertThat(meters.counter("mockinterview.autosaves", "kind", "practice").count() - countedBefore)
				.isEqualTo(saves);
		}

		try (ConfigurableApplicationContext second = startApplication()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			for (String attemptPath : attemptPaths) {
				String attempt = attemptPath.substring(attemptPath.lastIndexOf('/') + 1);
				for (String stage : stages) {
					Map<String, Object> stored = jdbc.queryForMap(
							"select notes, notes_revision, history_seq from attempt_stage where attempt_id = ? and stage = ?",
							attempt, stage);
					assertThat(stored.get("notes")).isEqualTo(notes(attemptPath, stage, savesEach));
					assertThat(((Number) stored.get("notes_revision")).longValue()).isEqualTo(savesEach);
					// Every save changed the text: one history row each, numbered in
					// order, the
					// last number kept with the notes.
					assertThat(jdbc.queryForList(
							"select seq from notes_revision where attempt_id = ? and stage = ? order by seq",
							Integer.class, attempt, stage))
						.isEqualTo(IntStream.rangeClosed(1, savesEach).boxed().toList());
					assertThat(((Number) stored.get("history_seq")).intValue()).isEqualTo(savesEach);
				}
			}
		}
	}

	private static String notes(String attemptPath, String stage, int revision) {
		return stage + " notes of " + attemptPath.substring(attemptPath.lastIndexOf('/') + 1) + ", revision "
				+ revision;
	}

}
