package app.mockinterview.sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a candidate did on a SQL exercise, per owner (a practice attempt or one question
 * of an interview, see {@link #practice} and {@link #interview}): the current query,
 * saved like notes, and every check with its results.
 */
@Component
public class SqlWork {

	private static final TypeReference<List<CheckOutcome.DataSetCheck>> DETAILS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	SqlWork(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One recorded check. */
	public record RecordedCheck(Instant checkedAt, String query, int passed, int total,
			List<CheckOutcome.DataSetCheck> results) {

		public boolean allPassed() {
			return this.total > 0 && this.passed == this.total;
		}

		public String summary() {
			return this.passed + " of " + this.total + ((this.total == 1) ? " check passes" : " checks pass");
		}

	}

	public static String practice(String attemptId) {
		return "practice:" + attemptId;
	}

	public static String interview(long interviewId, int position) {
		return "interview:" + interviewId + ":" + position;
	}

	public void saveQuery(String owner, String questionId, String query) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.update("update sql_query set query = ?, saved_at = ? where owner = ?", query, now,
				owner);
		if (updated == 0) {
			try {
				this.jdbc.update("insert into sql_query (owner, question_id, query, saved_at) values (?, ?, ?, ?)",
						owner, questionId, query, now);
			}
			catch (DuplicateKeyException ex) {
				// saved by a concurrent request meanwhile: this one is the newer
				this.jdbc.update("update sql_query set query = ?, saved_at = ? where owner = ?", query, now, owner);
			}
		}
	}

	public Optional<String> query(String owner) {
		return this.jdbc.queryForList("select query from sql_query where owner = ?", String.class, owner)
			.stream()
			.findFirst();
	}

	/** Rows of the latest run kept for the interviewer's console. */
	private static final int RUN_ROWS_KEPT = 20;

	/**
	 * Keeps the latest run (its first rows) with the query, for the interviewer's
	 * console.
	 */
	public void recordRun(String owner, String questionId, RunOutcome run) {
		saveQuery(owner, questionId, run.query());
		RunOutcome kept = new RunOutcome(run.query(), run.error(), run.errorLine(), run.errorColumn(), run.columns(),
				run.rows().stream().limit(RUN_ROWS_KEPT).toList(), run.rowCount(), run.more(), run.millis(),
				run.busy());
		this.jdbc.update("update sql_query set last_run = ? where owner = ?", this.json.writeValueAsString(kept),
				owner);
	}

	/** The latest run kept by {@link #recordRun}. */
	public Optional<RunOutcome> latestRun(String owner) {
		return this.jdbc.queryForList("select last_run from sql_query where owner = ?", String.class, owner)
			.stream()
			.filter((json) -> json != null)
			.findFirst()
			.map((json) -> this.json.readValue(json, RunOutcome.class));
	}

	/** Records a check that ran (refusals and errors before any data set ran are not). */
	public void recordCheck(String owner, String questionId, CheckOutcome outcome) {
		if (outcome.failed()) {
			return;
		}
		this.jdbc.update(
				"insert into sql_check (owner, question_id, query, passed, total, detail, checked_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				owner, questionId, outcome.query(), outcome.passed(), outcome.total(),
				this.json.writeValueAsString(outcome.checks()), Timestamp.from(this.clock.instant()));
	}

	/** Every check of this owner, newest first. */
	public List<RecordedCheck> checks(String owner) {
		return this.jdbc.query(
				"select checked_at, query, passed, total, detail from sql_check where owner = ? order by id desc",
				(row, n) -> new RecordedCheck(row.getTimestamp(1).toInstant(), row.getString(2), row.getInt(3),
						row.getInt(4), this.json.readValue(row.getString(5), DETAILS)),
				owner);
	}

	/**
	 * How many different exercises these owners have passed every check of at least once.
	 */
	public int passedExercises(Collection<String> owners) {
		if (owners.isEmpty()) {
			return 0;
		}
		Integer count = new NamedParameterJdbcTemplate(this.jdbc)
			.queryForObject("select count(distinct question_id) from sql_check where owner in (:owners) and total > 0 "
					+ "and passed = total", new MapSqlParameterSource("owners", owners), Integer.class);
		return (count != null) ? count : 0;
	}

	/** How many different exercises these owners have checked at least once. */
	public int triedExercises(Collection<String> owners) {
		if (owners.isEmpty()) {
			return 0;
		}
		Integer count = new NamedParameterJdbcTemplate(this.jdbc).queryForObject(
				"select count(distinct question_id) from sql_check where owner in (:owners)",
				new MapSqlParameterSource("owners", owners), Integer.class);
		return (count != null) ? count : 0;
	}

}
