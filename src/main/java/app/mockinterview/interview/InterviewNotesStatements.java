package app.mockinterview.interview;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import app.mockinterview.notes.NotesHistory;
import app.mockinterview.question.Stage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conditional notes updates of an interview as plain SQL, like practice's: the
 * group-commit writer runs every autosave one after another on one thread, where
 * translating a JPQL update again for each save was a third of the cost of a save.
 */
@Component
class InterviewNotesStatements {

	private static final String SAVE_CANDIDATE = """
			update candidate_notes set notes = ?, revision = ?, saved_at = ?, history_seq = ?
			where interview_id = ? and position = ? and revision < ?
			""";

	/**
	 * What the candidate's save replaces, and the interview's time and stage for its
	 * history: the time spent in every stage so far plus the running one.
	 */
	private static final String CANDIDATE_BEFORE = """
			select n.notes, n.revision, n.history_seq, i.current_stage,
			  (select coalesce(sum(k.spent_millis), 0) from interview_stage_clock k where k.interview_id = i.id) spent,
			  (select max(k.entered_at) from interview_stage_clock k where k.interview_id = i.id) running_since
			from candidate_notes n join interview i on i.id = n.interview_id
			where n.interview_id = ? and n.position = ?
			""";

	private static final String SAVE_INTERVIEWER = """
			update interviewer_notes set notes = ?, revision = ?, saved_at = ?
			where interviewer_id = ? and position = ? and stage = ? and revision < ?
			""";

	private final JdbcTemplate jdbc;

	private final NotesHistory history;

	InterviewNotesStatements(JdbcTemplate jdbc, NotesHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	private record Before(String notes, long revision, int historySeq, String stage, long elapsedMillis) {

	}

	/**
	 * Stores the candidate's notes when they are newer than the stored ones, and records
	 * the change in the notes' history when the text changed (a save of the same text
	 * only moves the revision on).
	 */
	boolean saveCandidate(Long interviewId, int position, String notes, long revision, Instant now) {
		Before before = this.jdbc.query(CANDIDATE_BEFORE, (rs) -> {
			if (!rs.next()) {
				return null;
			}
			OffsetDateTime runningSince = rs.getObject("running_since", OffsetDateTime.class);
			long running = (runningSince != null)
					? Math.max(0, now.toEpochMilli() - runningSince.toInstant().toEpochMilli()) : 0;
			return new Before(rs.getString("notes"), rs.getLong("revision"), rs.getInt("history_seq"),
					rs.getString("current_stage"), rs.getLong("spent") + running);
		}, interviewId, position);
		if (before == null || before.revision() >= revision) {
			return false;
		}
		boolean changed = !before.notes().equals(notes);
		int historySeq = changed ? NotesHistory.seqAfterChange(before.historySeq()) : before.historySeq();
		boolean stored = this.jdbc.update(SAVE_CANDIDATE, notes, revision, utc(now), historySeq, interviewId, position,
				revision) == 1;
		if (stored && changed) {
			this.history.record(NotesHistory.Stream.question(interviewId, position), before.historySeq(),
					before.notes(), notes, before.stage(), before.elapsedMillis(), now);
		}
		return stored;
	}

	/** Stores an interviewer's notes when they are newer than the stored ones. */
	boolean saveInterviewer(Long interviewerId, int position, Stage stage, String notes, long revision, Instant now) {
		return this.jdbc.update(SAVE_INTERVIEWER, notes, revision, utc(now), interviewerId, position, stage.name(),
				revision) == 1;
	}

	long candidateRevision(Long interviewId, int position) {
		return revision("select revision from candidate_notes where interview_id = ? and position = ?", interviewId,
				position);
	}

	long interviewerRevision(Long interviewerId, int position, Stage stage) {
		return revision(
				"select revision from interviewer_notes where interviewer_id = ? and position = ? and stage = ?",
				interviewerId, position, stage.name());
	}

	private long revision(String sql, Object... args) {
		Long revision = this.jdbc.query(sql, (rs) -> rs.next() ? rs.getLong(1) : null, args);
		return (revision != null) ? revision : 0;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
