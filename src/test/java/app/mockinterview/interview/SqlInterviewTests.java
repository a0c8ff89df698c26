package app.mockinterview.interview;

import java.util.List;

import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestClient.Request;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SQL exercise in a paired interview: the candidate runs queries on the sample data,
 * the console follows the query and the latest result, the interviewer runs the hidden
 * checks. The candidate room never receives the model solution or hidden data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Configured like the SQL browser journeys (SqlJourneyTests), so that they share one
// application context.
@TestPropertySource(properties = "app.content-dir=src/test/resources/sql-content")
class SqlInterviewTests {

	static final String QUESTION = "sql-spend-per-customer";

	/** In the model solution, not in any query below. */
	static final String SOLUTION_TEXT = "IS NOT NULL AND amount";

	/** Values that only the hidden data sets hold. */
	static final List<String> HIDDEN_VALUES = List.of("zed", "amy", "kim", "dee");

	@LocalServerPort
	int port;

	/** One browser for both sides: the pages are reached by their links alone. */
	TestClient browser;

	@Autowired
	InterviewService service;

	private InterviewService.Created interview;

	@BeforeEach
	void startAnInterview() {
		this.browser = TestClient.http(this.port);
		this.interview = this.service.create(List.of(QUESTION), "Ines", "Carl", null);
		assertThat(room().select("#sql-query")).as("no workbench before the start").isEmpty();
		assertThat(console("/start")).hasStatus(HttpStatus.FOUND);
	}

	private TestClient.Response console(String action) {
		return this.browser.post("/interviews/i/" + this.interview.interviewerToken() + action);
	}

	private Document room() {
		return this.browser.page("/interviews/c/" + this.interview.candidateToken());
	}

	private Document consolePage() {
		return this.browser.page("/interviews/i/" + this.interview.interviewerToken());
	}

	private Document consoleLive() {
		return this.browser.page("/interviews/i/" + this.interview.interviewerToken() + "/live");
	}

	private TestClient.Response candidateRun(String query, boolean fragment) {
		Request request = Request.of("POST", "/interviews/c/" + this.interview.candidateToken() + "/sql/run")
			.fields("query", query)
			.withToken();
		if (fragment) {
			request.header("HX-Request", "true");
		}
		return this.browser.send(request);
	}

	private static void assertNothingHidden(String html) {
		assertThat(html).doesNotContain(SOLUTION_TEXT);
		HIDDEN_VALUES.forEach((value) -> assertThat(html).doesNotContain(value));
	}

	@Test
	void theCandidateRunsQueriesOnTheSampleDataWithoutACheckButton() {
		Document room = room();
		assertThat(room.select("#sql-query")).hasSize(1);
		assertThat(room.select(".sql__schema pre").text()).contains("CREATE TABLE orders");
		assertThat(room.select("[data-sql-action=check]")).isEmpty();
		assertNothingHidden(room.html());

		TestClient.Response ran = candidateRun("SELECT customer FROM orders ORDER BY order_id", false);
		assertThat(ran).hasStatusOk();
		Document page = ran.document();
		assertThat(page.select("#sql-result tbody tr").eachText()).containsExactly("ada", "ada", "bob", "cy");
		assertThat(page.select("#sql-query").text()).contains("ORDER BY order_id");
	}

	@Test
	void theConsoleFollowsTheQueryAndTheLatestResult() {
		candidateRun("SELECT count(*) AS orders FROM orders", true);
		Document live = consoleLive();
		assertThat(live.select("#sql-console-heading")).hasSize(1);
		assertThat(live.select(".candidate-sql pre code").text()).isEqualTo("SELECT count(*) AS orders FROM orders");
		assertThat(live.select(".candidate-sql .sql__summary").text()).matches("1 row in \\d+ ms");
		assertThat(live.select(".candidate-sql tbody td").text()).isEqualTo("4");

		TestClient.Response saved = this.browser.post("/interviews/c/" + this.interview.candidateToken() + "/sql/query",
				"query", "SELECT 'typing…'");
		assertThat(saved).hasStatusOk();
		assertThat(consoleLive().select(".candidate-sql pre code").text()).isEqualTo("SELECT 'typing…'");
	}

	@Test
	void theInterviewerRunsTheHiddenChecksAndTheRoomStillShowsNothingHidden() throws Exception {
		candidateRun("SELECT customer, sum(amount) FROM orders GROUP BY customer ORDER BY 2 DESC", true);
		TestClient.Response checked = console("/sql/check");
		assertThat(checked).hasStatus(HttpStatus.FOUND);
		Document console = this.browser.get("/interviews/i/" + this.interview.interviewerToken()).document();
		assertThat(console.select(".messages").text()).contains("Hidden checks: 1 of 3 checks pass.");
		assertThat(console.select(".candidate-sql").text()).contains("Latest check: 1 of 3 checks pass")
			.contains("Rows that differ");

		assertNothingHidden(room().html());
		assertNothingHidden(this.browser.page("/interviews/c/" + this.interview.candidateToken() + "/live").html());
		assertNothingHidden(candidateRun("SELECT 1 AS one", true).body());
	}

	@Test
	void errorsAreTheEnginesMessageAndNeverAStackTrace() {
		Document result = candidateRun("SELEC 1", true).document();
		assertThat(result.select(".sql__error").text()).contains("Parser Error").doesNotContain("Exception");
	}

	@Test
	void nothingRunsOnceTheInterviewHasEnded() {
		console("/end");
		assertThat(room().select("#sql-query")).isEmpty();
		assertThat(candidateRun("SELECT 1", true)).hasStatus(HttpStatus.CONFLICT);
	}

}
