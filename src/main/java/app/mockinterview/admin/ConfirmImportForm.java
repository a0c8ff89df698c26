package app.mockinterview.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Base64;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The confirm step of a prep-document import: the document exactly as previewed (base64),
 * and its file name.
 */
record ConfirmImportForm(@Base64Text String document, String documentName) {

	/** The document's bytes; only for a form that passed validation. */
	byte[] bytes() {
		return Base64.getDecoder().decode(this.document.strip());
	}

	/** Base64 that decodes: the document travelled back intact. */
	@Constraint(validatedBy = Base64Text.Check.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@interface Base64Text {

		String message() default "The document could not be read back; upload it again.";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Base64Text, String> {

			@Override
			public boolean isValid(String text, ConstraintValidatorContext context) {
				if (text == null) {
					return false;
				}
				try {
					Base64.getDecoder().decode(text.strip());
					return true;
				}
				catch (IllegalArgumentException ex) {
					return false;
				}
			}

		}

	}

}
