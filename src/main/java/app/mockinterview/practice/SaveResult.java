package app.mockinterview.practice;

import java.time.Instant;

/**
 * What became of a notes save: stored, or refused because a newer revision was stored
 * first.
 */
record SaveResult(boolean saved, long revision, Instant savedAt) {

	boolean isStale() {
		return !this.saved;
	}

}
