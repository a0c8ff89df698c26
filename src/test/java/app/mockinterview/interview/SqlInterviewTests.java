package app.mockinterview.interview;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A SQL exercise in a paired interview: the candidate runs queries on the sample data,
 * the console follows the query and the latest result, the interviewer runs the hidden
 * checks. The candidate room never receives the model solution or hidden data.
 */
@SpringBootTest(properties = "app.content-dir=src/test/resources/sql-content")
@AutoConfigureMockMvc
class SqlInterviewTests {

	static final String QUESTION = "sql-spend-per-customer";

	/** In the model solution, not in any query below. */
	static final String SOLUTION_TEXT = "IS NOT NULL AND amount";

	/** Values that only the hidden data sets hold. */
	static final List<String> HIDDEN_VALUES = List.of("zed", "amy", "kim", "dee");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InterviewService service;

	private InterviewService.Created interview;

	@BeforeEach
	void startAnInterview() {
		this.interview = this.service.create(List.of(QUESTION), "Ines", "Carl", null);
		assertThat(room().select("#sql-query")).as("no workbench before the start").isEmpty();
		assertThat(console("/start")).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult console(String action) {
		return this.mvc.post()
			.uri("/interviews/i/" + this.interview.interviewerToken() + action)
			.with(csrf())
			.exchange();
	}

	private Document room() {
		return page("/interviews/c/" + this.interview.candidateToken());
	}

	private Document consolePage() {
		return page("/interviews/i/" + this.interview.interviewerToken());
	}

	private Document consoleLive() {
		return page("/interviews/i/" + this.interview.interviewerToken() + "/live");
	}

	private Document page(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult candidateRun(String query, boolean fragment) {
		var request = this.mvc.post()
			.uri("/interviews/c/" + this.interview.candidateToken() + "/sql/run")
			.with(csrf())
			.param("query", query);
		if (fragment) {
			request.header("HX-Request", "true");
		}
		return request.exchange();
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

		MvcTestResult ran = candidateRun("SELECT customer FROM orders ORDER BY order_id", false);
		assertThat(ran).hasStatusOk();
		Document page = parse(ran);
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

		MvcTestResult saved = this.mvc.post()
			.uri("/interviews/c/" + this.interview.candidateToken() + "/sql/query")
			.with(csrf())
			.param("query", "SELECT 'typing…'")
			.exchange();
		assertThat(saved).hasStatusOk();
		assertThat(consoleLive().select(".candidate-sql pre code").text()).isEqualTo("SELECT 'typing…'");
	}

	@Test
	void theInterviewerRunsTheHiddenChecksAndTheRoomStillShowsNothingHidden() throws Exception {
		candidateRun("SELECT customer, sum(amount) FROM orders GROUP BY customer ORDER BY 2 DESC", true);
		MvcTestResult checked = console("/sql/check");
		assertThat(checked).hasStatus(HttpStatus.FOUND);
		Document console = parse(this.mvc.get()
			.uri("/interviews/i/" + this.interview.interviewerToken())
			.cookie(checked.getResponse().getCookies())
			.exchange());
		assertThat(console.select(".messages").text()).contains("Hidden checks: 1 of 3 checks pass.");
		assertThat(console.select(".candidate-sql").text()).contains("Latest check: 1 of 3 checks pass")
			.contains("Rows that differ");

		assertNothingHidden(room().html());
		assertNothingHidden(page("/interviews/c/" + this.interview.candidateToken() + "/live").html());
		assertNothingHidden(
				candidateRun("SELECT 1 AS one", true).getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void errorsAreTheEnginesMessageAndNeverAStackTrace() {
		Document result = parse(candidateRun("SELEC 1", true));
		assertThat(result.select(".sql__error").text()).contains("Parser Error").doesNotContain("Exception");
	}

	@Test
	void nothingRunsOnceTheInterviewHasEnded() {
		console("/end");
		assertThat(room().select("#sql-query")).isEmpty();
		assertThat(candidateRun("SELECT 1", true)).hasStatus(HttpStatus.CONFLICT);
	}

}
