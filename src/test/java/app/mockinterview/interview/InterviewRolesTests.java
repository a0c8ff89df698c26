package app.mockinterview.interview;

import java.util.Map;

import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles inside one interview: the server decides what the lead and a second interviewer
 * may do, whatever the page shows; a second interviewer joins with an invitation that
 * becomes theirs alone; who sits where in a swapped round follows identity, never names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InterviewRolesTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	static final String OTHER_QUESTION = "spark-oom-troubleshooting";

	@Autowired
	MockMvc mvc;

	TestClient browser;

	String lead;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		// The lead leaves the name blank, so is called "Interviewer".
		TestClient.Response created = this.browser.post("/interviews",
				Map.of("candidateName", "Carl", "questions", QUESTION));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		this.lead = created.location().replaceAll(".*/", "");
	}

	@Test
	void aSecondInterviewerCannotUseTheLeadsActions() {
		String second = join(invite("Sam"));
		String candidateLink = this.browser.page("/interviews/i/" + this.lead).select("#candidate-link").val();
		for (var action : Map
			.of("interviewers", Map.of("name", "Mallory"), "swap", Map.of("questionId", OTHER_QUESTION),
					"candidate-link", Map.<String, String>of(), "share-feedback", Map.<String, String>of())
			.entrySet()) {
			assertThat(this.browser.post("/interviews/i/" + second + "/" + action.getKey(), action.getValue()))
				.as(action.getKey())
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		Document console = this.browser.page("/interviews/i/" + this.lead);
		assertThat(console.text()).doesNotContain("Mallory");
		assertThat(console.select("#candidate-link").val()).isEqualTo(candidateLink);
		assertThat(console.text()).doesNotContain("Round 2");
		// Nor does the second interviewer's console offer them.
		Document secondsConsole = this.browser.page("/interviews/i/" + second);
		for (String action : new String[] { "/interviewers", "/swap", "/candidate-link", "/share-feedback",
				"/invitation" }) {
			assertThat(secondsConsole.select("form[action$=" + action + "]")).as(action).isEmpty();
		}
	}

	@Test
	void aSwappedRoundsCandidateLinkGoesToTheLeadWhoSwappedNotToAnInterviewerOfTheSameName() {
		String second = join(invite("Interviewer"));
		assertThat(this.browser.post("/interviews/i/" + this.lead + "/swap", Map.of("questionId", OTHER_QUESTION)))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.browser.page("/interviews/i/" + second).select("a:contains(your candidate room)")).isEmpty();
		assertThat(this.browser.page("/interviews/i/" + this.lead).select("a:contains(your candidate room)"))
			.hasSize(1);
	}

	@Test
	void theLeadNeverHoldsTheSecondInterviewersLinkOrSeesTheirNotes() {
		String invitation = invite("Sam");
		assertThat(this.browser.page("/interviews/join/" + invitation).text()).contains("Sam")
			.contains("Join the interview");
		String second = join(invitation);
		assertThat(this.browser.post("/interviews/i/" + second + "/notes/autosave",
				Map.of("position", "0", "stage", "CLARIFY", "notes", "SAMS-PRIVATE-NOTE", "revision", "1")))
			.hasStatusOk();

		String console = this.browser.page("/interviews/i/" + this.lead).html();
		assertThat(console).doesNotContain(second).doesNotContain(invitation).doesNotContain("SAMS-PRIVATE-NOTE");
		// The invitation works once.
		assertThat(this.browser.get("/interviews/join/" + invitation)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.browser.post("/interviews/join/" + invitation, Map.of())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.browser.page("/interviews/i/" + second).text()).contains("SAMS-PRIVATE-NOTE");
	}

	@Test
	void theLeadCanReplaceAnInvitationUntilItIsClaimedButNotTakeOverAClaimedSeat() {
		String first = invite("Sam");
		Document console = this.browser.page("/interviews/i/" + this.lead);
		String seat = console.select("form[action$=/invitation] input[name=interviewer]").val();
		assertThat(this.browser.post("/interviews/i/" + this.lead + "/invitation", Map.of("interviewer", seat)))
			.hasStatus(HttpStatus.FOUND);
		String second = invitationFor("Sam");
		assertThat(second).isNotEqualTo(first);
		assertThat(this.browser.get("/interviews/join/" + first)).hasStatus(HttpStatus.NOT_FOUND);

		join(second);
		assertThat(this.browser.page("/interviews/i/" + this.lead).select("form[action$=/invitation]")).isEmpty();
		TestClient.Response takeOver = this.browser.post("/interviews/i/" + this.lead + "/invitation",
				Map.of("interviewer", seat));
		assertThat(takeOver).hasStatus(HttpStatus.FOUND);
		assertThat((Map<String, Object>) takeOver.mvc().getMvcResult().getFlashMap()).containsKey("error");
		assertThat(invitationFor("Sam")).isEmpty();
	}

	private String invite(String name) {
		assertThat(this.browser.post("/interviews/i/" + this.lead + "/interviewers", Map.of("name", name)))
			.hasStatus(HttpStatus.FOUND);
		return invitationFor(name);
	}

	private String invitationFor(String name) {
		return this.browser.page("/interviews/i/" + this.lead)
			.select("input[aria-label='Invitation link for " + name + "']")
			.val()
			.replaceAll(".*/", "");
	}

	private String join(String invitation) {
		TestClient.Response joined = this.browser.post("/interviews/join/" + invitation);
		assertThat(joined).hasStatus(HttpStatus.FOUND);
		return joined.location().replaceAll(".*/", "");
	}

}
