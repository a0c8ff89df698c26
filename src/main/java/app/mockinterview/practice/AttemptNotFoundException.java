package app.mockinterview.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No attempt has the id in the link.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AttemptNotFoundException extends RuntimeException {

	AttemptNotFoundException() {
		super("There is no practice attempt at this link.");
	}

}
