package app.mockinterview.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.mockinterview.MockInterviewApplication;
import app.mockinterview.content.ContentImporter;
import app.mockinterview.content.ImportReport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on different ports share one PostgreSQL database, as
 * behind a load balancer: they start at the same time and import the content once, an
 * interview created on A is followed live by a candidate served by B, and autosaves sent
 * to either instance land.
 */
@OnPostgres
@TestInstance(Lifecycle.PER_CLASS)
class SeveralInstancesTests {

	private static final String QUESTION = "kafka-consumer-lag-without-loss";

	private TestPostgres.Database database;

	private Path content;

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	private List<ImportReport> startupImports;

	/** One browser for both instances, as behind a load balancer. */
	private final TestClient browser = TestClient.http();

	@BeforeAll
	void startTwoInstancesAtOnce() throws Exception {
		this.database = TestPostgres.createDatabase();
		this.content = Files.createTempDirectory("several-instances-content");
		TestFiles.copyTree(Path.of("content"), this.content);
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(this::startInstance);
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(this::startInstance);
		this.a = first.get(5, TimeUnit.MINUTES);
		this.b = second.get(5, TimeUnit.MINUTES);
		this.startupImports = List.of(importer(this.a).lastReport().orElseThrow(),
				importer(this.b).lastReport().orElseThrow());
	}

	private ConfigurableApplicationContext startInstance() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
		arguments.addAll(this.database.arguments());
		arguments.addAll(List.of("--spring.datasource.hikari.maximum-pool-size=5",
				"--spring.datasource.hikari.minimum-idle=1", "--app.content-dir=" + this.content));
		return new SpringApplicationBuilder(MockInterviewApplication.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	void stopBoth() throws IOException {
		Stream.of(this.a, this.b).filter((context) -> context != null).forEach(ConfigurableApplicationContext::close);
		if (this.database != null) {
			this.database.drop();
		}
		try (Stream<Path> paths = Files.walk(this.content)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void instancesStartedAtOnceImportTheContentExactlyOnce() throws Exception {
		long files;
		try (Stream<Path> paths = Files.list(this.content.resolve("questions"))) {
			files = paths.filter((path) -> path.toString().endsWith(".md")).count();
		}
		ImportReport onA = this.startupImports.get(0);
		ImportReport onB = this.startupImports.get(1);
		assertThat(onA.imported() + onB.imported()).isEqualTo(files);
		assertThat(List.of(onA.unchanged(), onB.unchanged())).containsExactlyInAnyOrder(0, (int) files);
		JdbcTemplate jdbc = this.a.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from question", Long.class)).isEqualTo(files);
		assertThat(jdbc.queryForObject("select count(*) from rating_level", Long.class)).isEqualTo(4);
		for (ConfigurableApplicationContext instance : List.of(this.a, this.b)) {
			TestClient.Response ready = this.browser.get(base(instance) + "/actuator/health/readiness");
			assertThat(ready.status()).isEqualTo(200);
			assertThat(ready.body()).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void aChangedFileImportedByBothInstancesAtTheSameMomentIsUpdatedOnce() throws Exception {
		Path file = this.content.resolve("questions/spark-oom-troubleshooting.md");
		String original = Files.readString(file);
		try {
			Files.writeString(file, original.replaceFirst("title: .*", "title: Executors dying with OOM"));
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<ImportReport> onA = CompletableFuture.supplyAsync(() -> importAfter(together, this.a));
			CompletableFuture<ImportReport> onB = CompletableFuture.supplyAsync(() -> importAfter(together, this.b));
			List<ImportReport> reports = List.of(onA.get(1, TimeUnit.MINUTES), onB.get(1, TimeUnit.MINUTES));
			assertThat(reports).extracting(ImportReport::updated).containsExactlyInAnyOrder(0, 1);
			assertThat(this.b.getBean(JdbcTemplate.class)
				.queryForObject("select title from question where id = 'spark-oom-troubleshooting'", String.class))
				.isEqualTo("Executors dying with OOM");
		}
		finally {
			Files.writeString(file, original);
		}
	}

	private static ImportReport importAfter(CyclicBarrier together, ConfigurableApplicationContext instance) {
		try {
			together.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return importer(instance).importContent();
	}

	@Test
	void aCandidateOnBFollowsTheInterviewerOnAAndAutosavesThroughBothLand() throws Exception {
		String baseA = base(this.a);
		String baseB = base(this.b);
		this.browser.get(baseA + "/interviews/new?question=" + QUESTION);
		TestClient.Response created = this.browser.post(baseA + "/interviews", "interviewerName", "Ines",
				"candidateName", "Carl", "questions", QUESTION);
		assertThat(created.status()).isEqualTo(302);
		String console = path(created.location());
		String room = path(this.browser.get(baseA + console).document().select("#candidate-link").val());

		// The candidate's page is served by B, its event stream too.
		assertThat(this.browser.get(baseB + room).status()).isEqualTo(200);
		try (TestClient.EventStream candidateStream = this.browser.events(baseB + room + "/events")) {
			assertThat(candidateStream.next(Duration.ofSeconds(5))).isEqualTo("ready");
			assertThat(this.browser.post(baseA + console + "/start").status()).isEqualTo(302);
			assertThat(candidateStream.next(Duration.ofSeconds(2))).isEqualTo("change");

			long advanced = System.nanoTime();
			assertThat(this.browser.post(baseA + console + "/stage", "target", "APPROACH").status()).isEqualTo(302);
			assertThat(candidateStream.next(Duration.ofSeconds(2))).isEqualTo("change");
			assertThat(Duration.ofNanos(System.nanoTime() - advanced)).isLessThan(Duration.ofSeconds(2));
			Document live = this.browser.get(baseB + room + "/live").document();
			assertThat(live.select("#stage-heading").text()).contains("Approach");
		}

		// Autosaves through both instances land, and the interviewer on A hears of the
		// candidate's save on B.
		try (TestClient.EventStream consoleStream = this.browser.events(baseA + console + "/events")) {
			assertThat(consoleStream.next(Duration.ofSeconds(5))).isEqualTo("ready");
			TestClient.Response first = this.browser.autosave(baseB + room + "/notes/autosave", "position", "0",
					"notes", "Partitions: 12, lag alarm at 5 min", "revision", "1");
			assertThat(first.status()).isEqualTo(200);
			assertThat(consoleStream.next(Duration.ofSeconds(2))).isEqualTo("change");
		}
		TestClient.Response second = this.browser.autosave(baseA + room + "/notes/autosave", "position", "0", "notes",
				"Partitions: 12, lag alarm at 5 min\nCommit offsets after the write", "revision", "2");
		assertThat(second.status()).isEqualTo(200);
		TestClient.Response late = this.browser.autosave(baseB + room + "/notes/autosave", "position", "0", "notes",
				"an older draft", "revision", "1");
		assertThat(late.status()).isEqualTo(409);
		TestClient.Response privateNotes = this.browser.autosave(baseB + console + "/notes/autosave", "position", "0",
				"stage", "APPROACH", "notes", "Asked about idempotent sinks", "revision", "1");
		assertThat(privateNotes.status()).isEqualTo(200);

		Document consoleOnA = this.browser.get(baseA + console).document();
		assertThat(consoleOnA.select(".candidate-notes pre").first().wholeText())
			.isEqualTo("Partitions: 12, lag alarm at 5 min\nCommit offsets after the write");
		assertThat(consoleOnA.select("#private-notes").text()).isEqualTo("Asked about idempotent sinks");
		assertThat(this.browser.get(baseB + room).document().select("#candidate-notes").first().wholeText())
			.isEqualTo("Partitions: 12, lag alarm at 5 min\nCommit offsets after the write");

		// Solo practice too: started on A, autosaved on B, read back on A.
		TestClient.Response attempt = this.browser.post(baseA + "/questions/" + QUESTION + "/practice");
		String attemptPath = path(attempt.location());
		TestClient.Response saved = this.browser.autosave(baseB + attemptPath + "/autosave", "stage", "CLARIFY",
				"notes", "How late may events arrive?", "revision", "1");
		assertThat(saved.status()).isEqualTo(200);
		assertThat(this.browser.get(baseA + attemptPath).document().select("#notes").first().wholeText())
			.isEqualTo("How late may events arrive?");
	}

	private static ContentImporter importer(ConfigurableApplicationContext instance) {
		return instance.getBean(ContentImporter.class);
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String path(String url) {
		return URI.create(url).getPath();
	}

}
