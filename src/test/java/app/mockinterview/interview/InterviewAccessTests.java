package app.mockinterview.interview;

import java.util.List;
import java.util.Map;

import app.mockinterview.system.TestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see what: every interviewer route answers 404 to a candidate token (and to a
 * made-up one), candidate routes answer 404 to an interviewer token, and nothing a
 * candidate can fetch contains interviewer-only content.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InterviewAccessTests {

	static final String QUESTION = "spark-data-skew-large-joins";

	/**
	 * Every route of the console and the sheet, with the parameters a valid request would
	 * carry.
	 */
	static List<Object[]> interviewerRoutes() {
		return List.of(new Object[] { HttpMethod.GET, "", Map.of() },
				new Object[] { HttpMethod.GET, "/live", Map.of() },
				new Object[] { HttpMethod.GET, "/events", Map.of() },
				new Object[] { HttpMethod.POST, "/start", Map.of() },
				new Object[] { HttpMethod.POST, "/stage", Map.of("target", "ANSWER") },
				new Object[] { HttpMethod.POST, "/question", Map.of("position", "0") },
				new Object[] { HttpMethod.POST, "/pause", Map.of() },
				new Object[] { HttpMethod.POST, "/resume", Map.of() },
				new Object[] { HttpMethod.POST, "/end", Map.of() },
				new Object[] { HttpMethod.POST, "/extend", Map.of("minutes", "2") },
				new Object[] { HttpMethod.POST, "/timer", Map.of("hidden", "true") },
				new Object[] { HttpMethod.POST, "/interviewers", Map.of("name", "X") },
				new Object[] { HttpMethod.POST, "/swap", Map.of("questionId", QUESTION) },
				new Object[] { HttpMethod.POST, "/share-feedback", Map.of() },
				new Object[] { HttpMethod.POST, "/notes",
						Map.of("position", "0", "stage", "CLARIFY", "notes", "x", "revision", "5") },
				new Object[] { HttpMethod.POST, "/notes/autosave",
						Map.of("position", "0", "stage", "CLARIFY", "notes", "x", "revision", "5") },
				new Object[] { HttpMethod.GET, "/sheet", Map.of() },
				new Object[] { HttpMethod.POST, "/sheet", Map.of("version", "0") },
				new Object[] { HttpMethod.POST, "/sheet/autosave", Map.of("version", "0") },
				new Object[] { HttpMethod.POST, "/scoring", Map.of("version", "0") },
				new Object[] { HttpMethod.GET, "/sheet/print", Map.of() },
				new Object[] { HttpMethod.GET, "/comparison", Map.of() },
				new Object[] { HttpMethod.GET, "/sheet/summary", Map.of() },
				new Object[] { HttpMethod.GET, "/sheet.csv", Map.of() },
				new Object[] { HttpMethod.GET, "/sheets.csv", Map.of() },
				new Object[] { HttpMethod.GET, "/sheet.json", Map.of() },
				new Object[] { HttpMethod.POST, "/sql/check", Map.of() });
	}

	static List<Object[]> candidateRoutes() {
		return List.of(new Object[] { HttpMethod.GET, "", Map.of() },
				new Object[] { HttpMethod.GET, "/live", Map.of() },
				new Object[] { HttpMethod.GET, "/events", Map.of() },
				new Object[] { HttpMethod.POST, "/notes", Map.of("position", "0", "notes", "x", "revision", "9") },
				new Object[] { HttpMethod.POST, "/notes/autosave",
						Map.of("position", "0", "notes", "x", "revision", "9") },
				new Object[] { HttpMethod.POST, "/self-assessment", Map.of() },
				new Object[] { HttpMethod.POST, "/feedback", Map.of("clarity", "3", "helpfulness", "3") },
				new Object[] { HttpMethod.POST, "/sql/run", Map.of("query", "SELECT 1") },
				new Object[] { HttpMethod.POST, "/sql/query", Map.of("query", "SELECT 1") });
	}

	@Autowired
	MockMvc mvc;

	TestClient browser;

	@Autowired
	InterviewService service;

	@Autowired
	InterviewNotes notes;

	@Autowired
	InterviewSeats seats;

	InterviewService.Created interview;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		this.interview = this.service.create(List.of(QUESTION), "Ines", "Carl", null);
	}

	TestClient.Response call(HttpMethod method, String url, Map<String, String> params) {
		return (method == HttpMethod.GET) ? this.browser.get(url) : this.browser.post(url, params);
	}

	@ParameterizedTest(name = "{0} /interviews/i/<candidate token>{1}")
	@MethodSource("interviewerRoutes")
	void everyInterviewerRouteIsNotFoundForTheCandidateToken(HttpMethod method, String path,
			Map<String, String> params) {
		assertThat(call(method, "/interviews/i/" + this.interview.candidateToken() + path, params))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(call(method, "/interviews/i/AAAAAAAAAAAAAAAAAAAAAA" + path, params)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest(name = "{0} /interviews/c/<interviewer token>{1}")
	@MethodSource("candidateRoutes")
	void everyCandidateRouteIsNotFoundForTheInterviewerToken(HttpMethod method, String path,
			Map<String, String> params) {
		assertThat(call(method, "/interviews/c/" + this.interview.interviewerToken() + path, params))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void oneInterviewersTokenNeverShowsAnotherInterview() {
		InterviewService.Created other = this.service.create(List.of("spark-oom-troubleshooting"), "Olga", "Dan", null);
		this.notes.saveCandidate(other.candidateToken(), 0, "OTHER-INTERVIEW-NOTES", 1).saved();
		Document console = this.browser.page("/interviews/i/" + this.interview.interviewerToken());
		assertThat(console.outerHtml()).doesNotContain(other.candidateToken(), other.interviewerToken(),
				"OTHER-INTERVIEW-NOTES", "Olga", "Dan");
	}

	@Test
	void nothingTheCandidateCanFetchContainsInterviewerOnlyContent() throws Exception {
		String token = this.interview.interviewerToken();
		this.service.start(token);
		this.notes.saveInterviewer(token, 0, app.mockinterview.question.Stage.CLARIFY, "SECRET-PRIVATE-NOTE", 1)
			.saved();
		this.seats.addInterviewer(token, "Sam");
		Document before = this.browser.page("/interviews/i/" + token);
		// Scored on the console, with a time stamp: never on the candidate's side.
		Element criterion = before.select("#scoring input[name$=.slot]").first();
		String field = criterion.attr("name").replace(".slot", "");
		assertThat(this.browser.post("/interviews/i/" + token + "/scoring", "version",
				before.select("#scoring input[name=version]").val(), criterion.attr("name"), criterion.val(),
				field + ".rating", "3", field + ".evidence", "[1:05] SECRET-CONSOLE-EVIDENCE"))
			.hasStatus(HttpStatus.FOUND);
		Document console = this.browser.page("/interviews/i/" + token);
		assertThat(console.select("#scoring textarea").first().text()).contains("SECRET-CONSOLE-EVIDENCE");
		List<String> secrets = new java.util.ArrayList<>(
				List.of("SECRET-PRIVATE-NOTE", "SECRET-CONSOLE-EVIDENCE", token, "desk-scoring", "Evidence"));
		for (Element part : console.select(
				".guide details .prose, .rubric-list dd, #scoring .criterion__meaning, #scoring .rating-option__level")) {
			secrets.add(longestSentence(part.text()));
		}
		secrets.add(console.select("input[aria-label^=Interviewer link]").val().replaceAll(".*/", ""));
		for (app.mockinterview.question.Stage stage : app.mockinterview.question.Stage.values()) {
			this.service.moveTo(token, stage);
			for (String path : List.of("", "/live")) {
				String html = this.browser.page("/interviews/c/" + this.interview.candidateToken() + path).outerHtml();
				String prompt = console.select(".guide details:last-of-type .prose").text();
				for (String secret : secrets) {
					if (!secret.isBlank() && !prompt.contains(secret)) {
						assertThat(html).as(stage + " " + path).doesNotContain(secret);
					}
				}
				assertThat(html).doesNotContain("Model answer", "Follow-ups", "rubric", "Keyboard shortcuts",
						"aria-keyshortcuts", "class=\"stamp\"");
			}
		}
	}

	/** A distinctive piece of guidance text to look for in candidate pages. */
	private static String longestSentence(String text) {
		String longest = "";
		for (String sentence : text.split("(?<=[.?!])\\s+")) {
			if (sentence.length() > longest.length()) {
				longest = sentence;
			}
		}
		return (longest.length() > 80) ? longest.substring(0, 80) : longest;
	}

}
