package app.mockinterview.interview;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import java.util.Map;

import app.mockinterview.system.ServerBrowser;
import org.jsoup.Jsoup;
import app.mockinterview.system.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interviewer who sent the candidate link to the wrong person revokes it: the old link
 * answers 404 everywhere, pages still open on it lose their live stream, and the console
 * shows the new link, which works.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CandidateLinkRevocationTests {

	@LocalServerPort
	int port;

	@Autowired
	InterviewService service;

	@Autowired
	InterviewEvents events;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRevokedCandidateLinkStopsWorkingAndItsOpenStreamIsClosed() throws Exception {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		String old = interview.candidateToken();
		String console = url("/interviews/i/" + interview.interviewerToken());
		assertThat(candidateLinkShownIn(console)).endsWith("/interviews/c/" + old);

		HttpResponse<InputStream> oldStream = stream("/interviews/c/" + old + "/events");
		BufferedReader oldEvents = new BufferedReader(new InputStreamReader(oldStream.body(), StandardCharsets.UTF_8));
		assertThat(TestHttp.nextEvent(oldEvents)).isEqualTo("ready");
		HttpResponse<InputStream> consoleStream = stream("/interviews/i/" + interview.interviewerToken() + "/events");
		BufferedReader consoleEvents = new BufferedReader(
				new InputStreamReader(consoleStream.body(), StandardCharsets.UTF_8));
		assertThat(TestHttp.nextEvent(consoleEvents)).isEqualTo("ready");

		String reissued = this.service.reissueCandidateLink(interview.interviewerToken());

		assertThat(reissued).isNotEqualTo(old).matches("[A-Za-z0-9_-]{22}");
		// The old page's stream ends (end of input) instead of waiting for more events.
		assertThat(CompletableFuture.supplyAsync(() -> TestHttp.nextEvent(oldEvents)).get(5, TimeUnit.SECONDS))
			.isNull();
		// The console's own stream stays open and hears of the change.
		assertThat(CompletableFuture.supplyAsync(() -> TestHttp.nextEvent(consoleEvents)).get(5, TimeUnit.SECONDS))
			.isEqualTo("change");
		for (String path : List.of("", "/live", "/events")) {
			assertThat(get("/interviews/c/" + old + path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(post("/interviews/c/" + old + "/notes/autosave", "position=0&notes=x&revision=3").statusCode())
			.isEqualTo(404);
		assertThat(candidateLinkShownIn(console)).endsWith("/interviews/c/" + reissued);
		assertThat(get("/interviews/c/" + reissued).statusCode()).isEqualTo(200);
		consoleStream.body().close();
	}

	@Test
	void theConsoleOffersRevocationAsAFormThatWorksWithoutJavaScript() throws Exception {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		var page = Jsoup.parse(get("/interviews/i/" + interview.interviewerToken()).body());
		var form = page.selectFirst("form[action$=/candidate-link]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		assertThat(form.text()).contains("Revoke and issue a new candidate link");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String candidateLinkShownIn(String consoleUrl) throws Exception {
		String html = this.http
			.send(HttpRequest.newBuilder(URI.create(consoleUrl)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return Jsoup.parse(html).select("#candidate-link").val();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (String pair : form.split("&")) {
			fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return new ServerBrowser(url("")).post(path, fields);
	}

	private HttpResponse<InputStream> stream(String path) throws Exception {
		HttpResponse<InputStream> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

}
