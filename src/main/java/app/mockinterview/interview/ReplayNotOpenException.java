package app.mockinterview.interview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The replay of the notes is not open to this reader yet: to interviewers once the
 * interview has ended, to the candidate once the feedback is shared.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReplayNotOpenException extends RuntimeException {

	ReplayNotOpenException() {
		super("The replay of the notes is not open yet.");
	}

}
