package app.mockinterview.system;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's tools read: the probes of a load balancer or orchestrator,
 * {@code /actuator/info}, and the domain counters on {@code /actuator/prometheus}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsTests {

	private static final String QUESTION = "kafka-consumer-lag-without-loss";

	@LocalServerPort
	int port;

	private TestClient browser;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void openBrowser() {
		this.browser = TestClient.http(this.port);
	}

	private JsonNode getJson(String path) {
		TestClient.Response response = this.browser.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void livenessAndReadinessAreUpAndReadinessCoversTheDatabaseAndTheImport() {
		assertThat(getJson("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
		JsonNode readiness = getJson("/actuator/health/readiness");
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").propertyNames()).contains("db", "contentImport", "readinessState");
	}

	@Test
	void infoShowsTheVersionAndTheNumberOfActiveQuestions() {
		JsonNode info = getJson("/actuator/info");
		assertThat(info.get("build").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.get("questions").get("active").asInt()).isEqualTo(TestFiles.shippedQuestionCount());
	}

	@Test
	void prometheusCountsPracticeInterviewsAndAutosaves() {
		String metrics = this.browser.get("/actuator/prometheus").body();
		double attempts = counter(metrics, "mockinterview_practice_attempts_started_total");
		double started = counter(metrics, "mockinterview_interviews_started_total");
		double completed = counter(metrics, "mockinterview_interviews_completed_total");
		double practiceSaves = counter(metrics, "mockinterview_autosaves_total{kind=\"practice\"}");
		double candidateSaves = counter(metrics, "mockinterview_autosaves_total{kind=\"candidate\"}");
		assertThat(metrics).contains("mockinterview_content_import_problems_total");

		this.browser.page("/questions/" + QUESTION);
		String attempt = this.browser.post("/questions/" + QUESTION + "/practice").redirectPath();
		this.browser.page(attempt);
		this.browser.autosave(attempt + "/autosave", "stage", "CLARIFY", "notes", "Which SLA?", "revision", "1");
		this.browser.page("/interviews/new?question=" + QUESTION);
		String console = this.browser.post("/interviews", "questions", QUESTION).redirectPath();
		String room = URI.create(this.browser.page(console).select("#candidate-link").val()).getPath();
		this.browser.post(console + "/start");
		this.browser.autosave(room + "/notes/autosave", "position", "0", "notes", "Lag first", "revision", "1");
		this.browser.post(console + "/end");

		metrics = this.browser.get("/actuator/prometheus").body();
		assertThat(counter(metrics, "mockinterview_practice_attempts_started_total")).isEqualTo(attempts + 1);
		assertThat(counter(metrics, "mockinterview_autosaves_total{kind=\"practice\"}")).isEqualTo(practiceSaves + 1);
		assertThat(counter(metrics, "mockinterview_interviews_started_total")).isEqualTo(started + 1);
		assertThat(counter(metrics, "mockinterview_interviews_completed_total")).isEqualTo(completed + 1);
		assertThat(counter(metrics, "mockinterview_autosaves_total{kind=\"candidate\"}")).isEqualTo(candidateSaves + 1);
	}

	private static double counter(String metrics, String series) {
		String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
		String label = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
		while (matcher.find()) {
			String labels = (matcher.group(1) != null) ? matcher.group(1) : "";
			if (labels.contains(label)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		throw new AssertionError(series + " is not in the Prometheus output");
	}

}
