package app.mockinterview.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practice attempts and interviews nobody touched for the retention period are deleted
 * with everything that belongs to them; anything touched since stays.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RetentionTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void untouchedWorkIsDeletedAndTouchedWorkStays() throws Exception {
		TestClient browser = TestClient.http("http://127.0.0.1:" + this.port);
		String attempt = "/practice/attempts/" + browser.post("/questions/" + QUESTION + "/practice").redirectToken();
		String console = "/interviews/i/" + browser.post("/interviews", "questions", QUESTION).redirectToken();
		assertThat(browser
			.autosave(console + "/notes/autosave", "position", "0", "stage", "CLARIFY", "notes", "kept", "revision",
					"1")
			.status()).isEqualTo(200);
		assertThat(browser.get(console + "/sheet").status()).isEqualTo(200);

		String attemptId = attempt.substring(attempt.lastIndexOf('/') + 1);
		long interviewId = this.jdbc.queryForObject("select max(id) from interview", Long.class);
		for (String owner : new String[] { app.mockinterview.sql.SqlWork.practice(attemptId),
				app.mockinterview.sql.SqlWork.interview(interviewId, 0) }) {
			this.jdbc.update("insert into sql_query (owner, question_id, query, saved_at) values (?, ?, ?, ?)", owner,
					QUESTION, "SELECT 'typed'", java.sql.Timestamp.from(Instant.now()));
			this.jdbc.update(
					"insert into sql_check (owner, question_id, query, passed, total, detail, checked_at) "
							+ "values (?, ?, ?, 0, 1, '', ?)",
					owner, QUESTION, "SELECT 'typed'", java.sql.Timestamp.from(Instant.now()));
		}

		// Touched within the period: kept.
		assertThat(delete(Instant.now().minus(Duration.ofDays(1)))).isZero();
		assertThat(browser.get(attempt).status()).isEqualTo(200);
		assertThat(browser.get(console).status()).isEqualTo(200);

		// Nothing touched since the cutoff: deleted, sheets, notes and all.
		assertThat(delete(Instant.now().plus(Duration.ofMinutes(5)))).isGreaterThanOrEqualTo(2);
		assertThat(browser.get(attempt).status()).isEqualTo(404);
		assertThat(browser.get(console).status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from sql_query where query = 'SELECT ''typed'''",
				Integer.class))
			.as("the SQL typed in the deleted attempt and interview")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sql_check where query = 'SELECT ''typed'''",
				Integer.class))
			.isZero();
	}

	private int delete(Instant cutoff) throws Exception {
		int deleted = 0;
		for (String name : new String[] { "practiceRetention", "interviewRetention" }) {
			Object retention = this.context.getBean(name);
			var method = retention.getClass().getMethod("deleteUntouchedSince", Instant.class);
			method.setAccessible(true);
			deleted += (int) method.invoke(retention, cutoff);
		}
		return deleted;
	}

}
