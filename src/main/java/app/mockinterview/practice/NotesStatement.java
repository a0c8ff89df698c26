package app.mockinterview.practice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import app.mockinterview.notes.NotesHistory;
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
			update attempt_stage set notes = ?, notes_revision = ?, notes_saved_at = ?, history_seq = ?
			where attempt_id = ? and stage = ? and notes_revision < ?
			  and exists (select 1 from practice_attempt a where a.id = ? and a.completed_at is null)
			""";

	/**
	 * What a save replaces, and the attempt's time for its history: the time spent in
	 * every stage so far plus the running one.
	 */
	private static final String BEFORE = """
			select s.notes, s.notes_revision, s.history_seq,
			  (select coalesce(sum(x.spent_millis), 0) from attempt_stage x where x.attempt_id = s.attempt_id) spent,
			  (select max(x.entered_at) from attempt_stage x where x.attempt_id = s.attempt_id) running_since
			from attempt_stage s where s.attempt_id = ? and s.stage = ?
			""";

	private final JdbcTemplate jdbc;

	private final NotesHistory history;

	NotesStatement(JdbcTemplate jdbc, NotesHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	private record Before(String notes, long revision, int historySeq, long elapsedMillis) {

	}

	/**
	 * Stores the notes when they are newer than what is stored and the attempt is open,
	 * and records a change of text in the notes' history.
	 * @return whether they were stored
	 */
	boolean save(String attemptId, Stage stage, String notes, long revision, Instant now) {
		Before before = this.jdbc.query(BEFORE, (rs) -> {
			if (!rs.next()) {
				return null;
			}
			OffsetDateTime runningSince = rs.getObject("running_since", OffsetDateTime.class);
			long running = (runningSince != null)
					? Math.max(0, now.toEpochMilli() - runningSince.toInstant().toEpochMilli()) : 0;
			return new Before(rs.getString("notes"), rs.getLong("notes_revision"), rs.getInt("history_seq"),
					rs.getLong("spent") + running);
		}, attemptId, stage.name());
		if (before == null || before.revision() >= revision) {
			return false;
		}
		boolean changed = !before.notes().equals(notes);
		int historySeq = changed ? NotesHistory.seqAfterChange(before.historySeq()) : before.historySeq();
		boolean stored = this.jdbc.update(SAVE_NOTES, notes, revision, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
				historySeq, attemptId, stage.name(), revision, attemptId) == 1;
		if (stored && changed) {
			// In practice each stage has notes of its own: the stage names the stream.
			this.history.record(NotesHistory.Stream.attemptStage(attemptId, stage.name()), before.historySeq(),
					before.notes(), notes, stage.name(), before.elapsedMillis(), now);
		}
		return stored;
	}

}
