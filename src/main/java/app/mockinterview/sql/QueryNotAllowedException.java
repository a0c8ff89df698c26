package app.mockinterview.sql;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A run or check where none may happen now: not a SQL exercise, or not its Answer stage.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class QueryNotAllowedException extends RuntimeException {

	public QueryNotAllowedException(String message) {
		super(message);
	}

}
