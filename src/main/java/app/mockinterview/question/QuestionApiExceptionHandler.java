package app.mockinterview.question;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the JSON API as RFC 9457 problem details, never an HTML page or a stack
 * trace.
 */
@RestControllerAdvice(assignableTypes = QuestionApiController.class)
class QuestionApiExceptionHandler {

	@ExceptionHandler(QuestionNotFoundException.class)
	ProblemDetail notFound(QuestionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Question not found", ex.getMessage());
	}

	@ExceptionHandler(InvalidFilterException.class)
	ProblemDetail badFilter(InvalidFilterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid filter", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
