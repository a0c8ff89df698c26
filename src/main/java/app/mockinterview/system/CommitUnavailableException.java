package app.mockinterview.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change that was not acknowledged because its commit did not happen in time (the
 * database is stuck) or the application is shutting down. Nothing is lost that was
 * acknowledged; the change may be sent again.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class CommitUnavailableException extends RuntimeException {

	public CommitUnavailableException() {
		super("Not saved: the database did not answer in time. Try again in a moment.");
	}

}
