package app.mockinterview.practice;

import app.mockinterview.notes.Notes;
import app.mockinterview.question.Stage;

/**
 * Notes typed for one stage, with the revision the browser gave them. Revisions only
 * grow: the server keeps a save only when its revision is higher than the stored one.
 */
record NotesEdit(Stage stage, String notes, long revision) {

	NotesEdit {
		notes = Notes.clean(notes);
	}

}
