package app.mockinterview.practice;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.mockinterview.MockInterviewApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged save survives a restart: the application is started on an H2 file,
 * notes are saved over HTTP, the application is stopped and started again on the same
 * file, and every acknowledged note is there.
 */
class PracticePersistenceTests {

	@TempDir
	Path data;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	/**
	 * The database both runs use, as command-line arguments, because they win over the
	 * test configuration's in-memory database.
	 */
	List<String> databaseArguments() {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("db"));
	}

	private ConfigurableApplicationContext startApplication() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.content-dir=content"));
		args.addAll(databaseArguments());
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
			String csrf = csrf(get(base + "/questions/kafka-to-data-lake-consistency"));
			HttpResponse<String> started = post(base + "/questions/kafka-to-data-lake-consistency/practice",
					Map.of("_csrf", csrf));
			attemptPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
			String attemptCsrf = csrf(get(base + attemptPath));
			for (int revision = 1; revision <= 20; revision++) {
				String notes = "Clarify draft " + revision + " — délai de livraison, exactly-once?";
				HttpResponse<String> saved = post(base + attemptPath + "/autosave", Map.of("_csrf", attemptCsrf,
						"stage", "CLARIFY", "notes", notes, "revision", String.valueOf(revision)));
				assertThat(saved.statusCode()).isEqualTo(200);
				acknowledged.put("CLARIFY", notes);
			}
			post(base + attemptPath + "/stage", Map.of("_csrf", attemptCsrf, "target", "APPROACH"));
			HttpResponse<String> approach = post(base + attemptPath + "/autosave",
					Map.of("_csrf", attemptCsrf, "stage", "APPROACH", "notes", "1. Outbox\n2. CDC", "revision", "1"));
			assertThat(approach.statusCode()).isEqualTo(200);
			acknowledged.put("APPROACH", "1. Outbox\n2. CDC");
		}

		try (ConfigurableApplicationContext second = startApplication()) {
			String base = base(second);
			Document page = Jsoup.parse(get(base + attemptPath).body());
			assertThat(page.select("#stage-heading").text()).isEqualTo("Approach");
			assertThat(page.select("#notes").first().wholeText()).isEqualTo(acknowledged.get("APPROACH"));
			String csrf = csrf(page.outerHtml());
			post(base + attemptPath + "/stage", Map.of("_csrf", csrf, "target", "CLARIFY"));
			Document clarify = Jsoup.parse(get(base + attemptPath).body());
			assertThat(clarify.select("#notes").first().wholeText()).isEqualTo(acknowledged.get("CLARIFY"));
		}
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> response) {
		return csrf(response.body());
	}

	private static String csrf(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().val();
	}

}
