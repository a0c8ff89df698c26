package app.mockinterview.system;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the forms share about their errors. A value the page's own form cannot send (a
 * word where a number belongs, a stage that does not exist) is not something to show
 * beside a field: the request is refused with 400, as when there is no form to re-render.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Refuses the request when the binder could not read a value of the form.
	 * @throws ResponseStatusException 400, when a field could not be converted
	 */
	public static void refuseUnreadable(BindingResult result) {
		if (result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has a value the app cannot read.");
		}
	}

}
