package app.mockinterview.interview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Notes over the size limit; nothing is stored.
 */
@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
class NotesTooLongException extends RuntimeException {

	NotesTooLongException(int bytes) {
		super("These notes are " + (bytes / 1024) + " KB; at most 100 KB fit. The last saved version is unchanged.");
	}

}
