package app.mockinterview.question;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A filter value in an API request that cannot be understood.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidFilterException extends RuntimeException {

	public InvalidFilterException(String message) {
		super(message);
	}

}
