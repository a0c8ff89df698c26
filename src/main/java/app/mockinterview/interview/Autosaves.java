package app.mockinterview.interview;

import java.util.Map;
import java.util.function.BooleanSupplier;

import app.mockinterview.system.CommitUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The JSON answers of the autosave endpoints, shared by the candidate room and the
 * console.
 */
final class Autosaves {

	private Autosaves() {
	}

	static ResponseEntity<Map<String, Object>> respond(BooleanSupplier save, long revision) {
		try {
			if (save.getAsBoolean()) {
				return ResponseEntity.ok(Map.of("status", "saved", "revision", revision));
			}
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "stale", "message", "A newer version of these notes is already saved."));
		}
		catch (NotesTooLongException ex) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(Map.of("status", "too-large", "message", ex.getMessage()));
		}
		catch (InterviewStateException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "closed", "message", ex.getMessage()));
		}
		catch (CommitUnavailableException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Map.of("status", "unavailable", "message", ex.getMessage()));
		}
	}

}
