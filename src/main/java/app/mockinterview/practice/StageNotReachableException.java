package app.mockinterview.practice;

import app.mockinterview.question.Stage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A move to a stage the candidate may not reach yet (skipping ahead past an unvisited
 * stage).
 */
@ResponseStatus(HttpStatus.CONFLICT)
class StageNotReachableException extends RuntimeException {

	StageNotReachableException(Stage target, Stage furthest) {
		super(target.label() + " is not open yet: finish " + furthest.next().orElse(furthest).label()
				+ " before going further.");
	}

}
