package app.mockinterview.notes;

import java.time.Instant;

/**
 * What became of a notes save: stored at a time, or refused because a newer revision was
 * stored first. Revisions only grow: a save is kept only when its revision is higher than
 * the stored one.
 */
public record NotesSave(boolean saved, long revision, Instant savedAt) {

	public static NotesSave stored(long revision, Instant at) {
		return new NotesSave(true, revision, at);
	}

	/** Refused: the stored revision is newer (or unknown, when null). */
	public static NotesSave stale(long storedRevision) {
		return new NotesSave(false, storedRevision, null);
	}

	public boolean isStale() {
		return !this.saved;
	}

}
