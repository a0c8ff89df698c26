package app.mockinterview.practice;

import app.mockinterview.question.Stage;

/**
 * Notes typed for one stage, with the revision the browser gave them. Revisions only
 * grow: the server keeps a save only when its revision is higher than the stored one.
 */
record NotesEdit(Stage stage, String notes, long revision) {

	static final int MAX_BYTES = 100 * 1024;

	NotesEdit {
		// Browsers send CRLF from text areas; NUL cannot be stored in PostgreSQL text and
		// is never meaningful.
		notes = (notes == null) ? "" : notes.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
	}

	int sizeInBytes() {
		return this.notes.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
	}

}
