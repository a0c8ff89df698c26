package app.mockinterview.notes;

import java.util.Map;
import java.util.function.Supplier;

import app.mockinterview.system.CommitUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The JSON answer of every autosave endpoint, which the pages' one autosave script reads:
 * {@code {"status": "saved", "revision": 7, "savedAt": "..."}}; 409 {@code stale} (with
 * the stored revision) or {@code closed}/{@code completed} (nothing can change any more);
 * 413 {@code too-large}; 503 {@code unavailable}; 400 {@code invalid}; each refusal with
 * a {@code message} to show. Notes shown with a preview also carry, once saved, the
 * {@code preview}: the notes rendered as the pages render them.
 */
public final class AutosaveAnswer {

	private static final String STALE = "A newer version of these notes is already saved.";

	private AutosaveAnswer() {
	}

	/**
	 * Runs the save and answers what became of it.
	 * @param closedBy the exception that says the notes can no longer change
	 * @param closedStatus the status reported for it
	 */
	public static ResponseEntity<Map<String, Object>> of(Supplier<NotesSave> save,
			Class<? extends RuntimeException> closedBy, String closedStatus) {
		return of(save, closedBy, closedStatus, null);
	}

	/**
	 * Runs the save and answers what became of it, with the saved notes' preview. One
	 * answer rather than a second request: the preview comes at the autosave's pace (at
	 * most one save in flight, one every second or two while typing) and only for notes
	 * the caller may save.
	 * @param preview renders the saved notes as HTML that is safe to show
	 */
	public static ResponseEntity<Map<String, Object>> of(Supplier<NotesSave> save,
			Class<? extends RuntimeException> closedBy, String closedStatus, Supplier<String> preview) {
		try {
			NotesSave result = save.get();
			if (result.isStale()) {
				return ResponseEntity.status(HttpStatus.CONFLICT)
					.body(Map.of("status", "stale", "revision", result.revision(), "message", STALE));
			}
			if (preview != null) {
				return ResponseEntity.ok(Map.of("status", "saved", "revision", result.revision(), "savedAt",
						result.savedAt().toString(), "preview", preview.get()));
			}
			return ResponseEntity
				.ok(Map.of("status", "saved", "revision", result.revision(), "savedAt", result.savedAt().toString()));
		}
		catch (NotesTooLargeException ex) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", ex.getMessage());
		}
		catch (CommitUnavailableException ex) {
			return refused(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (closedBy.isInstance(ex)) {
				return refused(HttpStatus.CONFLICT, closedStatus, ex.getMessage());
			}
			throw ex;
		}
	}

	/** A save that is missing a part it needs. */
	public static ResponseEntity<Map<String, Object>> invalid(String message) {
		return refused(HttpStatus.BAD_REQUEST, "invalid", message);
	}

	private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).body(Map.of("status", code, "message", message));
	}

}
