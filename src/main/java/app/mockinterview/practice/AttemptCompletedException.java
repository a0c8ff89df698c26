package app.mockinterview.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change to an attempt that was already completed, and is therefore read-only.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class AttemptCompletedException extends RuntimeException {

	AttemptCompletedException() {
		super("This attempt is complete and can no longer be changed. Practise the question again to start a new attempt.");
	}

}
