package app.mockinterview.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A text of at most {@link #max()} characters, whose message may say how long the text is
 * ({@code {length}}) as well as the limit ({@code {max}}): "Keep the comment under 2000
 * characters (it has 2140)." Null counts as empty.
 */
@Documented
@Constraint(validatedBy = TextLimit.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLimit {

	int max();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Counts the characters and names the count for the message. */
	class Check implements ConstraintValidator<TextLimit, CharSequence> {

		private int max;

		@Override
		public void initialize(TextLimit limit) {
			this.max = limit.max();
		}

		@Override
		public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
			int length = (text != null) ? text.length() : 0;
			if (length <= this.max) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("length", length);
			return false;
		}

	}

}
