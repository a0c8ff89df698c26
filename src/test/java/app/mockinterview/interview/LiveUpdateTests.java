package app.mockinterview.interview;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.mockinterview.question.Stage;
import app.mockinterview.system.TestHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate subscribed to the interview's event stream hears of a stage change within
 * two seconds and then finds the new stage in the live fragment; a notes autosave (whose
 * commit is shared with other saves) is announced the same way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveUpdateTests {

	@LocalServerPort
	int port;

	@Autowired
	InterviewService service;

	@Autowired
	InterviewNotes notes;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theCandidateStreamAnnouncesAStageChangeWithinTwoSeconds() throws Exception {
		InterviewService.Created interview = startedInterview();
		String base = "http://localhost:" + this.port + "/interviews/c/" + interview.candidateToken();
		HttpResponse<InputStream> stream = candidateStream(base);
		BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
		assertThat(TestHttp.nextEvent(reader)).isEqualTo("ready");

		long changedAt = System.nanoTime();
		this.service.moveTo(interview.interviewerToken(), Stage.APPROACH);
		String event = CompletableFuture.supplyAsync(() -> TestHttp.nextEvent(reader)).get(2, TimeUnit.SECONDS);
		long millis = Duration.ofNanos(System.nanoTime() - changedAt).toMillis();
		assertThat(event).isEqualTo("change");
		assertThat(millis).isLessThan(2000);

		String live = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/live")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(Jsoup.parse(live).select("#stage-heading").text()).isEqualTo("Stage: Approach");
		stream.body().close();
	}

	@Test
	void aCandidatesNotesAutosaveIsAnnouncedWithinTwoSeconds() throws Exception {
		InterviewService.Created interview = startedInterview();
		HttpResponse<InputStream> stream = candidateStream(
				"http://localhost:" + this.port + "/interviews/c/" + interview.candidateToken());
		BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
		assertThat(TestHttp.nextEvent(reader)).isEqualTo("ready");

		assertThat(this.notes.saveCandidate(interview.candidateToken(), 0, "Schema first", 1).saved()).isTrue();
		String event = CompletableFuture.supplyAsync(() -> TestHttp.nextEvent(reader)).get(2, TimeUnit.SECONDS);
		assertThat(event).isEqualTo("change");
		stream.body().close();
	}

	private InterviewService.Created startedInterview() {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		this.service.start(interview.interviewerToken());
		return interview;
	}

	/** The candidate room's event stream, answered 200. */
	private HttpResponse<InputStream> candidateStream(String room) throws Exception {
		HttpResponse<InputStream> stream = this.http.send(
				HttpRequest.newBuilder(URI.create(room + "/events")).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		return stream;
	}

}
