package app.mockinterview.practice;

import java.util.List;
import java.util.Map;

import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestClient.Request;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practising a SQL exercise through the web layer, without JavaScript (form posts that
 * render the page) and as the page's script asks (the result fragment): Run, Check, the
 * saved query, the review and My practice.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Configured like the SQL browser journeys (SqlJourneyTests), so that they share one
// application context.
@TestPropertySource(properties = "app.content-dir=src/test/resources/sql-content")
class SqlPracticeTests {

	static final String QUESTION = "sql-spend-per-customer";

	static final String SOLUTION = """
			SELECT customer, sum(amount) AS total
			FROM orders
			WHERE customer IS NOT NULL AND amount IS NOT NULL
			GROUP BY customer
			ORDER BY total DESC, customer""";

	/**
	 * Right on the sample and the empty data set; wrong on NULLs (a NULL customer) and
	 * ties (order).
	 */
	static final String NAIVE = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer ORDER BY total DESC";

	@LocalServerPort
	int port;

	/** The candidate's browser, which keeps their practice profile. */
	private TestClient browser;

	private String attempt;

	@BeforeEach
	void startAndReachTheAnswerStage() {
		this.browser = TestClient.http(this.port);
		TestClient.Response started = this.browser.post("/questions/" + QUESTION + "/practice");
		String location = started.location();
		this.attempt = location.substring(location.lastIndexOf('/') + 1);
		assertThat(started.cookie(ProfileCookie.NAME)).isNotNull();
		assertThat(page().select("#sql-query")).as("no workbench before the Answer stage").isEmpty();
		move("APPROACH");
		move("ANSWER");
	}

	private void move(String target) {
		assertThat(post("stage", Map.of("target", target))).hasStatus(HttpStatus.FOUND);
	}

	/** A form of the attempt's page, posted without JavaScript. */
	private TestClient.Response post(String action, Map<String, String> fields) {
		return this.browser.post("/practice/attempts/" + this.attempt + "/" + action, fields);
	}

	/** What the page's script sends: the result fragment is asked for. */
	private TestClient.Response fragment(String action, String query) {
		return this.browser.send(Request.of("POST", "/practice/attempts/" + this.attempt + "/sql/" + action)
			.header("HX-Request", "true")
			.fields("query", query)
			.withToken());
	}

	/** The attempt's page. */
	private Document page() {
		return this.browser.page("/practice/attempts/" + this.attempt);
	}

	@Test
	void theAnswerStageShowsTheSchemaSampleRowsAndTheEditor() {
		Document page = page();
		assertThat(page.select(".sql__schema pre").text()).contains("CREATE TABLE orders");
		assertThat(page.select(".sql__schema caption").text()).contains("orders").contains("4 rows");
		assertThat(page.select(".sql__schema tbody tr")).hasSize(4);
		assertThat(page.select("button[data-sql-action=run]").attr("formaction"))
			.isEqualTo("/practice/attempts/" + this.attempt + "/sql/run");
		assertThat(page.select("script[src*=sql]")).hasSize(1);
		assertThat(page.html()).doesNotContain("dee").doesNotContain("zed").doesNotContain("IS NOT NULL");
	}

	@Test
	void runWithoutJavaScriptShowsThePageWithTheResultAndKeepsTheNotes() {
		TestClient.Response result = post("sql/run",
				Map.of("query", "SELECT customer, count(*) AS n FROM orders " + "GROUP BY customer ORDER BY customer",
						"stage", "ANSWER", "notes", "Group, then count.", "revision", "1"));
		assertThat(result).hasStatusOk();
		Document page = result.document();
		assertThat(page.select(".sql__summary").text()).matches("Result: 3 rows in \\d+ ms");
		assertThat(page.select("#sql-result thead th").eachText()).containsExactly("customer", "n");
		assertThat(page.select("#sql-result tbody tr").eachText()).containsExactly("ada 2", "bob 1", "cy 1");
		assertThat(page.select("#sql-query").text()).contains("count(*)");
		Document reloaded = page();
		assertThat(reloaded.select("#sql-query").text()).as("the query is saved").contains("count(*)");
		assertThat(reloaded.select("#notes").text()).isEqualTo("Group, then count.");
	}

	@Test
	void errorsShowTheEnginesMessageWithLineAndColumnNeverAStackTrace() {
		Document result = fragment("run", "SELECT customer,\n  totl\nFROM orders").document();
		assertThat(result.select(".sql__error").text()).contains("at line 2, column 3")
			.contains("Binder Error")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void resultsAndQueriesAreEscaped() throws Exception {
		String query = "SELECT '<img src=x onerror=alert(1)>' AS \"<b>col</b>\"";
		TestClient.Response result = fragment("run", query);
		String html = result.body();
		assertThat(html).doesNotContain("<img").doesNotContain("<b>col");
		assertThat(result.document().select("td").text()).isEqualTo("<img src=x onerror=alert(1)>");
		assertThat(page().select("#sql-query").first().html()).doesNotContain("<img");
	}

	@Test
	void checkReportsHowManyHiddenChecksPassWithoutShowingHiddenRows() {
		TestClient.Response naive = fragment("check", NAIVE);
		assertThat(naive).hasStatusOk();
		Document result = naive.document();
		assertThat(result.select(".sql__summary").text()).isEqualTo("1 of 3 checks pass");
		List<String> checks = result.select(".sql__checks li").eachText();
		assertThat(checks).hasSize(3);
		assertThat(checks.get(0)).isEqualTo("Pass · empty: matches");
		assertThat(checks.get(1))
			.isEqualTo("Fail · nulls: 1 row in the wrong place or with different values, 2 rows extra");
		// three customers tie at 5.00: without the tie-breaker their order is arbitrary
		assertThat(checks.get(2)).matches("Fail · ties: [23] rows in the wrong place or with different values");
		assertThat(result.html()).doesNotContain("zed").doesNotContain("amy").doesNotContain("dee");

		assertThat(fragment("check", SOLUTION).document().select(".sql__summary").text())
			.isEqualTo("3 of 3 checks pass");
	}

	@Test
	void theReviewShowsTheFinalQueryEveryCheckTheDifferencesAndTheModelSolution() {
		fragment("check", NAIVE);
		fragment("run", "SELECT 42 AS final_answer");
		move("REVIEW");
		Document review = page();
		assertThat(review.select("#sql-query")).isEmpty();
		assertThat(review.select(".sql .compare__mine code").text()).isEqualTo("SELECT 42 AS final_answer");
		assertThat(review.select(".sql .compare__model code").text()).contains("WHERE customer IS NOT NULL");
		assertThat(review.select(".sql__history li").eachText()).containsExactly("1 of 3 checks pass");
		assertThat(review.select(".sql__difference").text()).contains("ties").contains("zed").contains("amy");
	}

	@Test
	void myPracticeCountsSqlExercisesPassed() {
		fragment("check", NAIVE);
		Document mine = this.browser.get("/practice").document();
		assertThat(mine.select(".sql-count").text()).contains("SQL exercises passed: 0 of 1 tried");
		fragment("check", SOLUTION);
		mine = this.browser.get("/practice").document();
		assertThat(mine.select(".sql-count").text()).contains("SQL exercises passed: 1 of 1 tried");
	}

	@Test
	void theQueryAutosaves() {
		TestClient.Response saved = this.browser.post("/practice/attempts/" + this.attempt + "/sql/query", "query",
				"SELECT 1 -- draft");
		assertThat(saved).hasStatusOk().bodyJson().extractingPath("status").isEqualTo("saved");
		assertThat(page().select("#sql-query").text()).isEqualTo("SELECT 1 -- draft");
	}

	@Test
	void movingOnWithoutJavaScriptKeepsTheQuery() {
		post("stage", Map.of("target", "REVIEW", "query", "SELECT 'kept' AS q"));
		assertThat(page().select(".sql .compare__mine code").text()).isEqualTo("SELECT 'kept' AS q");
	}

	@Test
	void runsAreRefusedOutsideTheAnswerStage() {
		move("APPROACH");
		assertThat(fragment("run", "SELECT 1")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aQuestionThatIsNoSqlExerciseHasNoWorkbench() {
		TestClient.Response started = this.browser.post("/questions/not-sql/practice");
		String location = started.location();
		this.attempt = location.substring(location.lastIndexOf('/') + 1);
		move("APPROACH");
		move("ANSWER");
		assertThat(page().select("#sql-query")).isEmpty();
		assertThat(page().select("script[src*=sql]")).isEmpty();
		assertThat(fragment("run", "SELECT 1")).hasStatus(HttpStatus.CONFLICT);
	}

}
