package app.mockinterview.practice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Optional;

import app.mockinterview.notes.Notes;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.question.Stage;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The notes part of every form on a stage page: which stage the notes belong to, the text
 * and its revision. Every button on the page submits it, so moving on, revealing a hint
 * or changing the timer never loses typed text.
 */
record StageForm(Stage stage, @FitsAStage String notes, Long revision) {

	/**
	 * The form read from the request's fields as they are, for the autosave: binding the
	 * record through the data binder (constructor look-up, conversion, a binder per
	 * request) was about two fifths of an autosave's CPU. A missing field is null, which
	 * {@link #edit()} refuses.
	 * @throws IllegalArgumentException if the stage or the revision cannot be read
	 */
	static StageForm of(Map<String, String> fields) {
		String stage = fields.get("stage");
		String revision = fields.get("revision");
		return new StageForm((stage != null) ? Stage.valueOf(stage.strip()) : null, fields.get("notes"),
				(revision != null) ? Long.valueOf(revision.strip()) : null);
	}

	Optional<NotesEdit> edit() {
		if (this.stage == null || !this.stage.isTimed() || this.notes == null || this.revision == null) {
			return Optional.empty();
		}
		return Optional.of(new NotesEdit(this.stage, this.notes, this.revision));
	}

	/**
	 * Notes no larger than a stage holds ({@link Notes#MAX_BYTES} once cleaned), with the
	 * notes component's own message.
	 */
	@Constraint(validatedBy = FitsAStage.Check.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@interface FitsAStage {

		String message() default "These notes are too large.";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<FitsAStage, String> {

			@Override
			public boolean isValid(String notes, ConstraintValidatorContext context) {
				try {
					Notes.checked(notes);
					return true;
				}
				catch (NotesTooLargeException ex) {
					context.disableDefaultConstraintViolation();
					// The message as it is, not a template.
					context.buildConstraintViolationWithTemplate(ex.getMessage().replaceAll("([\\\\{}$])", "\\\\$1"))
						.addConstraintViolation();
					return false;
				}
			}

		}

	}

}
