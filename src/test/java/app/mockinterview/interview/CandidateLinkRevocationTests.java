package app.mockinterview.interview;

import java.time.Duration;
import java.util.List;

import app.mockinterview.system.TestClient;
import org.junit.jupiter.api.BeforeEach;
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

	private TestClient browser;

	@BeforeEach
	void openBrowser() {
		this.browser = TestClient.http(this.port);
	}

	@Test
	void aRevokedCandidateLinkStopsWorkingAndItsOpenStreamIsClosed() throws Exception {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		String old = interview.candidateToken();
		String console = "/interviews/i/" + interview.interviewerToken();
		assertThat(candidateLinkShownIn(console)).endsWith("/interviews/c/" + old);

		TestClient.EventStream oldEvents = this.browser.events("/interviews/c/" + old + "/events");
		assertThat(oldEvents.next()).isEqualTo("ready");
		TestClient.EventStream consoleEvents = this.browser
			.events("/interviews/i/" + interview.interviewerToken() + "/events");
		assertThat(consoleEvents.next()).isEqualTo("ready");

		String reissued = this.service.reissueCandidateLink(interview.interviewerToken());

		assertThat(reissued).isNotEqualTo(old).matches("[A-Za-z0-9_-]{22}");
		// The old page's stream ends (end of input) instead of waiting for more events.
		assertThat(oldEvents.next(Duration.ofSeconds(5))).isNull();
		// The console's own stream stays open and hears of the change.
		assertThat(consoleEvents.next(Duration.ofSeconds(5))).isEqualTo("change");
		for (String path : List.of("", "/live", "/events")) {
			assertThat(this.browser.get("/interviews/c/" + old + path).status()).as(path).isEqualTo(404);
		}
		assertThat(this.browser
			.autosave("/interviews/c/" + old + "/notes/autosave", "position", "0", "notes", "x", "revision", "3")
			.status()).isEqualTo(404);
		assertThat(candidateLinkShownIn(console)).endsWith("/interviews/c/" + reissued);
		assertThat(this.browser.get("/interviews/c/" + reissued).status()).isEqualTo(200);
		consoleEvents.close();
	}

	@Test
	void theConsoleOffersRevocationAsAFormThatWorksWithoutJavaScript() {
		InterviewService.Created interview = this.service.create(List.of("spark-inferschema-1tb"), "Ines", "Carl",
				null);
		var page = this.browser.get("/interviews/i/" + interview.interviewerToken()).document();
		var form = page.selectFirst("form[action$=/candidate-link]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		assertThat(form.text()).contains("Revoke and issue a new candidate link");
	}

	private String candidateLinkShownIn(String console) {
		return this.browser.get(console).document().select("#candidate-link").val();
	}

}
