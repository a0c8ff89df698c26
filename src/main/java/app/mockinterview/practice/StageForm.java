package app.mockinterview.practice;

import java.util.Optional;

import app.mockinterview.question.Stage;

/**
 * The notes part of every form on a stage page: which stage the notes belong to, the text
 * and its revision. Every button on the page submits it, so moving on, revealing a hint
 * or changing the timer never loses typed text.
 */
record StageForm(Stage stage, String notes, Long revision) {

	Optional<NotesEdit> edit() {
		if (this.stage == null || !this.stage.isTimed() || this.notes == null || this.revision == null) {
			return Optional.empty();
		}
		return Optional.of(new NotesEdit(this.stage, this.notes, this.revision));
	}

}
