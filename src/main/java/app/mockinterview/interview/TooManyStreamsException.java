package app.mockinterview.interview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A live-update stream over the limits per link or per client address. The page keeps
 * working: its script falls back to polling.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class TooManyStreamsException extends RuntimeException {

	TooManyStreamsException() {
		super("Too many live-update streams are open for this link or from this address.");
	}

}
