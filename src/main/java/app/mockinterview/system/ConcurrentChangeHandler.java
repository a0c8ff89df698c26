package app.mockinterview.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people changing the same thing in the same instant (the interviewer moving the
 * stage while the candidate submits a rating): the later transaction is refused by its
 * version check. That is a conflict the user can resolve by reloading, not a server
 * error.
 */
@ControllerAdvice
class ConcurrentChangeHandler {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("error", HttpStatus.CONFLICT.getReasonPhrase());
		return "error/4xx";
	}

}
