package app.mockinterview.interview;

import java.time.Duration;
import java.util.List;

import app.mockinterview.question.Stage;
import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
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
@DatabaseTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveUpdateTests {

	@LocalServerPort
	int port;

	@Autowired
	InterviewService service;

	@Autowired
	InterviewNotes notes;

	private TestClient browser;

	@BeforeEach
	void openBrowser() {
		this.browser = TestClient.http(this.port);
	}

	@Test
	void theCandidateStreamAnnouncesAStageChangeWithinTwoSeconds() throws Exception {
		InterviewService.Created interview = startedInterview();
		String room = "/interviews/c/" + interview.candidateToken();
		TestClient.EventStream stream = this.browser.events(room + "/events");
		assertThat(stream.next()).isEqualTo("ready");

		long changedAt = System.nanoTime();
		this.service.moveTo(interview.interviewerToken(), Stage.APPROACH);
		String event = stream.next(Duration.ofSeconds(2));
		long millis = Duration.ofNanos(System.nanoTime() - changedAt).toMillis();
		assertThat(event).isEqualTo("change");
		assertThat(millis).isLessThan(2000);

		String live = this.browser.get(room + "/live").body();
		assertThat(Jsoup.parse(live).select("#stage-heading").text()).isEqualTo("Stage: Approach");
		stream.close();
	}

	@Test
	void aCandidatesNotesAutosaveIsAnnouncedWithinTwoSeconds() throws Exception {
		InterviewService.Created interview = startedInterview();
		TestClient.EventStream stream = this.browser.events("/interviews/c/" + interview.candidateToken() + "/events");
		assertThat(stream.next()).isEqualTo("ready");

		assertThat(this.notes.saveCandidate(interview.candidateToken(), 0, "Schema first", 1).saved()).isTrue();
		String event = stream.next(Duration.ofSeconds(2));
		assertThat(event).isEqualTo("change");
		stream.close();
	}

	private InterviewService.Created startedInterview() {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		this.service.start(interview.interviewerToken());
		return interview;
	}

}
