package app.mockinterview.notes;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database with notes history to V11: every notes stream keeps numbering its
 * history where it left off, so no seq is used twice after the upgrade.
 */
class NotesHistorySeqMigrationTests {

	private final DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	@Test
	void theLastSeqOfEveryStreamIsTakenFromItsHistory() {
		Flyway.configure().dataSource(this.dataSource).target("10").load().migrate();
		// The rows the history belongs to, without the attempts, interviews and questions
		// behind them.
		this.jdbc.execute("set referential_integrity false");
		for (String stage : new String[] { "CLARIFY", "APPROACH" }) {
			this.jdbc.update("insert into attempt_stage (attempt_id, stage, notes, notes_revision, hints_revealed, "
					+ "spent_millis) values ('attempt1', ?, 'notes', 9, 0, 0)", stage);
		}
		for (int position = 0; position < 2; position++) {
			this.jdbc.update("insert into candidate_notes (interview_id, position, notes, revision) values (7, ?, "
					+ "'notes', 9)", position);
		}
		for (int seq = 1; seq <= 3; seq++) {
			revision(null, "attempt1", 0, "CLARIFY", seq);
		}
		for (int seq = 1; seq <= 5; seq++) {
			revision(7L, null, 0, "ANSWER", seq);
		}
		this.jdbc.execute("set referential_integrity true");

		Flyway.configure().dataSource(this.dataSource).load().migrate();

		assertThat(this.jdbc.queryForList("select history_seq from attempt_stage order by stage desc", Integer.class))
			.as("CLARIFY, then APPROACH (no history)")
			.containsExactly(3, 0);
		assertThat(this.jdbc.queryForList("select history_seq from candidate_notes order by position", Integer.class))
			.containsExactly(5, 0);
	}

	private void revision(Long interviewId, String attemptId, int position, String stage, int seq) {
		this.jdbc.update(
				"insert into notes_revision (interview_id, attempt_id, position, seq, stage, elapsed_millis, "
						+ "saved_at, snapshot, prefix_length, suffix_length, inserted) "
						+ "values (?, ?, ?, ?, ?, 0, current_timestamp, true, 0, 0, 'notes')",
				interviewId, attemptId, position, seq, stage);
	}

}
