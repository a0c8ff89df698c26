package app.mockinterview.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Notes over the per-stage limit. Nothing is stored.
 */
@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
class NotesTooLargeException extends RuntimeException {

	NotesTooLargeException(int bytes, int limit) {
		super(message(bytes, limit));
	}

	static String message(int bytes, int limit) {
		return "These notes are " + (bytes / 1024) + " KB; a stage holds at most " + (limit / 1024)
				+ " KB. Shorten them and save again: the last saved version is unchanged.";
	}

}
