package app.mockinterview.interview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No interview answers to this link. Also the answer to a token of the wrong role, so
 * tokens cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InterviewNotFoundException extends RuntimeException {

	InterviewNotFoundException() {
		super("There is no interview at this link.");
	}

}
