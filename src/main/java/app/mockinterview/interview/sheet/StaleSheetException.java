package app.mockinterview.interview.sheet;

/**
 * A sheet form loaded before the sheet's last change: saving it would overwrite that
 * change.
 */
class StaleSheetException extends RuntimeException {

	StaleSheetException() {
		super("This sheet changed after you opened it (in another tab or by an autosave), so nothing was saved. "
				+ "Your entries are still below: check them against the latest version and save again.");
	}

}
