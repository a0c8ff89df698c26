package app.mockinterview.system;

import java.util.ArrayList;
import java.util.List;

import app.mockinterview.question.BankChanged;
import app.mockinterview.question.Question;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements each page costs, counted by Hibernate's statistics. The counts
 * are fixed numbers, whatever the number of questions, notes or rounds: a page that loads
 * rows one by one in a loop (N+1) fails here. Pages every visitor sees alike cost nothing
 * once cached; the per-user pages read their questions from memory until the bank
 * changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
class QueryCountTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PublicPageCache pageCache;

	@Autowired
	ApplicationEventPublisher events;

	private TestClient browser;

	private Statistics statistics;

	@BeforeEach
	void countStatements() {
		this.browser = TestClient.http(this.port);
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.pageCache.clear();
	}

	@Test
	void theBankCostsAFixedNumberOfQueriesThenNoneWhileCached() throws Exception {
		// The page's ids from the bank's sort index, then those questions (issue 21).
		assertThat(statementsFor("/")).as("with the counts per area").isEqualTo(9);
		assertThat(statementsFor("/?topic=Kafka&difficulty=medium")).isEqualTo(9);
		assertThat(statementsFor("/")).isZero();
		assertThat(statementsFor("/api/questions")).isEqualTo(3);
		assertThat(statementsFor("/api/questions")).isZero();
	}

	@Test
	void aQuestionPageCostsAFixedNumberOfQueriesThenNoneWhileCached() throws Exception {
		assertThat(statementsFor("/questions/spark-oom-troubleshooting"))
			.as("with red flags, wrong answers, senior signals")
			.isEqualTo(7);
		assertThat(statementsFor("/questions/spark-oom-troubleshooting")).isZero();
	}

	@Test
	void thePracticeStagePageCostsAFixedNumberOfQueriesAndReadsItsQuestionFromMemory() throws Exception {
		String attempt = startPractice("spark-oom-troubleshooting");
		// The first page of a question loads it (with its lists) into the catalog.
		assertThat(statementsFor(attempt)).isEqualTo(10);
		assertThat(statementsFor(attempt)).isEqualTo(2);
		assertThat(questionsLoaded()).isZero();
	}

	@Test
	void aChangedBankIsReadAgainByThePagesThatKeepQuestionsInMemory() throws Exception {
		String attempt = startPractice("spark-oom-troubleshooting");
		statementsFor(attempt);
		this.events.publishEvent(new BankChanged());
		assertThat(statementsFor(attempt)).isEqualTo(10);
		assertThat(questionsLoaded()).isOne();
	}

	@Test
	void theConsoleAndTheCandidateRoomCostTheSameWhateverTheNumberOfQuestions() throws Exception {
		// The first pages also load the common rubric, which is then kept in memory.
		interviewPages("spark-oom-troubleshooting");
		int[] one = interviewPages("spark-oom-troubleshooting");
		int[] three = interviewPages("spark-oom-troubleshooting", "kafka-json-schema-evolution",
				"spark-inferschema-1tb");
		assertThat(three).containsExactly(one);
		assertThat(one[0]).as("console").isLessThanOrEqualTo(9);
		assertThat(one[1]).as("candidate room").isLessThanOrEqualTo(6);
	}

	/**
	 * Starts practising the question from its page, as the page's button does: the path
	 * of the attempt.
	 */
	private String startPractice(String question) {
		this.browser.get("/questions/" + question);
		return this.browser.post("/questions/" + question + "/practice").expect(302).redirectPath();
	}

	/** Statements for the console and the candidate room of a new interview. */
	private int[] interviewPages(String... questions) throws Exception {
		this.browser.get("/interviews/new");
		List<String> fields = new ArrayList<>();
		for (String question : questions) {
			fields.addAll(List.of("questions", question));
		}
		String console = this.browser.post("/interviews", fields.toArray(String[]::new)).expect(302).redirectPath();
		String candidate = this.browser.get(console)
			.document()
			.select("input[value*=/interviews/c/]")
			.val()
			.replaceFirst("^.*(/interviews/c/)", "$1");
		int[] statements = { statementsFor(console), statementsFor(candidate) };
		assertThat(questionsLoaded()).as("questions loaded by the candidate room").isZero();
		return statements;
	}

	private int statementsFor(String path) throws Exception {
		this.statistics.clear();
		TestClient.Response response = this.browser.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return (int) this.statistics.getPrepareStatementCount();
	}

	/** Questions loaded from the database since the last page was requested. */
	private long questionsLoaded() {
		return this.statistics.getEntityStatistics(Question.class.getName()).getLoadCount();
	}

}
