package app.mockinterview.question;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No active question has the requested id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QuestionNotFoundException extends RuntimeException {

	public QuestionNotFoundException(String id) {
		super("There is no question with id '" + id + "'.");
	}

}
