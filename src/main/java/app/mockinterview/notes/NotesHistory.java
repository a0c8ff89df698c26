package app.mockinterview.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The history of a set of notes, for the replay: every save that changed the text adds
 * one row to {@code notes_revision}, in the save's own transaction, as a
 * {@link NotesDelta} against the previous text or, every {@value #SNAPSHOT_EVERY}
 * revisions (and whenever the delta would not be smaller), as the whole text. Rebuilding
 * a text reads back to the last snapshot at most.
 * <p>
 * A stream holds at most {@value #MAX_REVISIONS} revisions (about 40 minutes of
 * continuous typing at one autosave every 1.2 s). Past that the last revision is replaced
 * by a snapshot of the newest text at each change, so the replay always ends on the final
 * notes, and between the cap and the end it shows the text of the cap.
 */
@Component
public class NotesHistory {

	public static final int SNAPSHOT_EVERY = 50;

	public static final int MAX_REVISIONS = 2000;

	private static final String INSERT = """
			insert into notes_revision (interview_id, attempt_id, position, seq, stage, elapsed_millis, saved_at,
			  snapshot, prefix_length, suffix_length, inserted)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String COLUMNS = "seq, stage, elapsed_millis, saved_at, snapshot, prefix_length, suffix_length, inserted";

	private final JdbcTemplate jdbc;

	public NotesHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whose notes: one question of an interview (the candidate's notes) or one stage of a
	 * practice attempt.
	 */
	public record Stream(Long interviewId, String attemptId, int position, String stage) {

		public static Stream question(long interviewId, int position) {
			return new Stream(interviewId, null, position, null);
		}

		public static Stream attemptStage(String attemptId, String stage) {
			return new Stream(null, attemptId, 0, stage);
		}

		String where() {
			return (this.interviewId != null) ? "interview_id = ? and position = ?" : "attempt_id = ? and stage = ?";
		}

		Object[] keys() {
			return (this.interviewId != null) ? new Object[] { this.interviewId, this.position }
					: new Object[] { this.attemptId, this.stage };
		}

	}

	/** One stored row: a snapshot (the whole text in {@code inserted}) or a delta. */
	public record Revision(int seq, String stage, long elapsedMillis, Instant savedAt, boolean snapshot,
			int prefixLength, int suffixLength, String inserted) {

		String applyTo(String before) {
			return this.snapshot ? this.inserted
					: new NotesDelta(this.prefixLength, this.suffixLength, this.inserted).applyTo(before);
		}

	}

	/** The text of a stream at a moment, with when it was saved. */
	public record Version(String text, String stage, long elapsedMillis, Instant savedAt) {

	}

	/**
	 * The last seq of a stream after one more change, when it was {@code lastSeq}: one
	 * more, up to {@value #MAX_REVISIONS}, where the last row is replaced instead. The
	 * notes' tables keep it with the notes ({@code history_seq}), so that a save finds it
	 * in the row it updates anyway.
	 */
	public static int seqAfterChange(int lastSeq) {
		return Math.min(lastSeq + 1, MAX_REVISIONS);
	}

	/**
	 * Records that the notes changed from {@code before} to {@code after}; call only when
	 * they differ, inside the transaction that stored {@code after} (and the stream's new
	 * last seq, {@link #seqAfterChange}).
	 * @param lastSeq the stream's last seq before this change, as kept with the notes
	 * @param stage the stage at that moment (its name)
	 * @param elapsedMillis the interview's (or attempt's) time at that moment
	 */
	public void record(Stream stream, int lastSeq, String before, String after, String stage, long elapsedMillis,
			Instant at) {
		OffsetDateTime savedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		if (lastSeq >= MAX_REVISIONS) {
			this.jdbc.update("update notes_revision set stage = ?, elapsed_millis = ?, saved_at = ?, snapshot = ?, "
					+ "prefix_length = 0, suffix_length = 0, inserted = ? where " + stream.where() + " and seq = ?",
					args(stage, elapsedMillis, savedAt, true, after, stream.keys(), MAX_REVISIONS));
			return;
		}
		int seq = lastSeq + 1;
		NotesDelta delta = NotesDelta.between(before, after);
		boolean snapshot = isSnapshot(seq, delta, after);
		this.jdbc.update(INSERT, stream.interviewId(), stream.attemptId(), stream.position(), seq, stage, elapsedMillis,
				savedAt, snapshot, snapshot ? 0 : delta.prefixLength(), snapshot ? 0 : delta.suffixLength(),
				snapshot ? after : delta.inserted());
	}

	/**
	 * Whether revision {@code seq} is stored whole: the first of every
	 * {@value #SNAPSHOT_EVERY}, and any whose delta would not be smaller.
	 */
	static boolean isSnapshot(int seq, NotesDelta delta, String after) {
		return (seq % SNAPSHOT_EVERY == 1) || !delta.isSmallerThan(after);
	}

	/** The notes as they were at that moment of interview (or attempt) time, if any. */
	public Optional<Version> at(Stream stream, long elapsedMillis) {
		List<Revision> rows = this.jdbc.query(
				"select " + COLUMNS + " from notes_revision where " + stream.where()
						+ " and elapsed_millis <= ? and seq >= coalesce((select max(seq) from notes_revision where "
						+ stream.where() + " and snapshot = ? and elapsed_millis <= ?), 1) order by seq",
				NotesHistory::revision, args(stream.keys(), elapsedMillis, stream.keys(), true, elapsedMillis));
		return rebuild(rows);
	}

	/** Every stored revision of a stream, in order (for exports). */
	public List<Revision> revisions(Stream stream) {
		return this.jdbc.query("select " + COLUMNS + " from notes_revision where " + stream.where() + " order by seq",
				NotesHistory::revision, stream.keys());
	}

	/** The text after the last of these revisions, which start with a snapshot. */
	static Optional<Version> rebuild(List<Revision> rows) {
		String text = "";
		Revision last = null;
		for (Revision row : rows) {
			text = row.applyTo(text);
			last = row;
		}
		return (last != null) ? Optional.of(new Version(text, last.stage(), last.elapsedMillis(), last.savedAt()))
				: Optional.empty();
	}

	private static Revision revision(ResultSet rs, int row) throws SQLException {
		Timestamp savedAt = rs.getTimestamp("saved_at");
		return new Revision(rs.getInt("seq"), rs.getString("stage"), rs.getLong("elapsed_millis"), savedAt.toInstant(),
				rs.getBoolean("snapshot"), rs.getInt("prefix_length"), rs.getInt("suffix_length"),
				rs.getString("inserted"));
	}

	private static Object[] args(Object... parts) {
		List<Object> all = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof Object[] many) {
				all.addAll(List.of(many));
			}
			else {
				all.add(part);
			}
		}
		return all.toArray();
	}

}
