package app.mockinterview.interview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * The "new interview" form: optional names and up to five questions in the order they
 * will be asked. Names are kept without surrounding spaces.
 */
record InterviewForm(@Size(max = DisplayName.MAX_LENGTH, message = NAMES_MESSAGE) String interviewerName,
		@Size(max = DisplayName.MAX_LENGTH, message = NAMES_MESSAGE) String candidateName,
		@QuestionCount List<String> questions) {

	static final String NAMES_MESSAGE = "Names can be at most {max} characters.";

	InterviewForm {
		interviewerName = (interviewerName != null) ? interviewerName.strip() : null;
		candidateName = (candidateName != null) ? candidateName.strip() : null;
		questions = (questions == null) ? List.of() : questions;
	}

	/**
	 * The chosen slots in order, blanks and repeated questions dropped; an area
	 * ({@code area:sql}) may be chosen more than once.
	 */
	List<String> chosen() {
		return chosen(this.questions);
	}

	private static List<String> chosen(List<String> slots) {
		Set<String> seen = new HashSet<>();
		return slots.stream()
			.filter((id) -> id != null && !id.isBlank())
			.map(String::strip)
			.filter((id) -> id.startsWith(QuestionPicks.AREA_PREFIX) || seen.add(id))
			.toList();
	}

	public String questionAt(int index) {
		return (index < this.questions.size()) ? this.questions.get(index) : "";
	}

	/** At least one question chosen, and no more than an interview holds. */
	@Constraint(validatedBy = QuestionCount.Check.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@interface QuestionCount {

		String message() default "Choose at least one question.";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<QuestionCount, List<String>> {

			@Override
			public boolean isValid(List<String> slots, ConstraintValidatorContext context) {
				int count = chosen((slots != null) ? slots : List.of()).size();
				if (count > Interview.MAX_QUESTIONS) {
					context.disableDefaultConstraintViolation();
					context
						.buildConstraintViolationWithTemplate(
								"An interview has at most " + Interview.MAX_QUESTIONS + " questions.")
						.addConstraintViolation();
					return false;
				}
				return count > 0;
			}

		}

	}

}
