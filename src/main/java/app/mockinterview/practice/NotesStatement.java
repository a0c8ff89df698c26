package app.mockinterview.practice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import app.mockinterview.question.Stage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conditional notes update of {@link AttemptStageRepository#saveNotes} as plain SQL,
 * for the group-commit writer: it runs every autosave one after another on one thread,
 * where Hibernate translating the JPQL update again for each save was a third of the cost
 * of a save.
 */
@Component
class NotesStatement {

	private static final String SAVE_NOTES = """
			update attempt_stage set notes = ?, notes_revision = ?, notes_saved_at = ?
			where attempt_id = ? and stage = ? and notes_revision < ?
			  and exists (select 1 from practice_attempt a where a.id = ? and a.completed_at is null)
			""";

	private final JdbcTemplate jdbc;

	NotesStatement(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the notes when they are newer than what is stored and the attempt is open.
	 * @return whether they were stored
	 */
	boolean save(String attemptId, Stage stage, String notes, long revision, Instant now) {
		return this.jdbc.update(SAVE_NOTES, notes, revision, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), attemptId,
				stage.name(), revision, attemptId) == 1;
	}

}
