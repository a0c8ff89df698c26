package app.mockinterview.notes;

import java.nio.charset.StandardCharsets;

/**
 * Notes as people type them, in practice and in interviews alike: one size limit and one
 * way to clean what the browser sent.
 */
public final class Notes {

	/** The most one set of notes holds, in UTF-8 bytes. */
	public static final int MAX_BYTES = 100 * 1024;

	private Notes() {
	}

	/**
	 * The notes cleaned and checked against the limit.
	 * @throws NotesTooLargeException over the limit: nothing may be stored
	 */
	public static String checked(String notes) {
		String cleaned = clean(notes);
		int bytes = cleaned.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new NotesTooLargeException(bytes, MAX_BYTES);
		}
		return cleaned;
	}

	/**
	 * Line ends as {@code \n}, without NUL: browsers send CRLF from text areas; NUL
	 * cannot be stored in PostgreSQL text and is never meaningful.
	 */
	public static String clean(String notes) {
		return (notes == null) ? "" : notes.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
	}

}
