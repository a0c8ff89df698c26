package app.mockinterview.notes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Notes over the size limit ({@link Notes#MAX_BYTES}); nothing is stored. */
@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
public class NotesTooLargeException extends RuntimeException {

	NotesTooLargeException(int bytes, int limit) {
		super("These notes are " + (bytes / 1024) + " KB; at most " + (limit / 1024)
				+ " KB fit. Shorten them and save again: the last saved version is unchanged.");
	}

}
