package app.mockinterview.interview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change that the interview's current state does not allow (it has ended, the sheet is
 * locked, ...).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class InterviewStateException extends RuntimeException {

	public InterviewStateException(String message) {
		super(message);
	}

}
