package app.mockinterview.notes;

/**
 * One change of a text stored compactly: keep {@code prefixLength} characters from the
 * start of the previous text and {@code suffixLength} from its end, and put
 * {@code inserted} between them. Typing, deleting or pasting in one place of the notes is
 * a delta of a few characters, whatever the length of the notes.
 * <p>
 * Neither end splits a surrogate pair, so {@code inserted} is always valid text (a lone
 * surrogate cannot be stored in PostgreSQL).
 */
public record NotesDelta(int prefixLength, int suffixLength, String inserted) {

	public NotesDelta {
		if (prefixLength < 0 || suffixLength < 0 || inserted == null) {
			throw new IllegalArgumentException("a delta keeps a non-negative prefix and suffix");
		}
	}

	/** The delta that turns {@code before} into {@code after}. */
	public static NotesDelta between(String before, String after) {
		int max = Math.min(before.length(), after.length());
		int prefix = 0;
		while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		if (prefix > 0 && prefix < after.length() && Character.isHighSurrogate(after.charAt(prefix - 1))) {
			prefix--;
		}
		int suffix = 0;
		int maxSuffix = max - prefix;
		while (suffix < maxSuffix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		if (suffix > 0 && suffix < after.length() - prefix
				&& Character.isLowSurrogate(after.charAt(after.length() - suffix))) {
			suffix--;
		}
		return new NotesDelta(prefix, suffix, after.substring(prefix, after.length() - suffix));
	}

	/** The text this delta makes of {@code before}, the text it was computed against. */
	public String applyTo(String before) {
		if (this.prefixLength + this.suffixLength > before.length()) {
			throw new IllegalStateException("the delta does not fit the text it is applied to");
		}
		return before.substring(0, this.prefixLength) + this.inserted
				+ before.substring(before.length() - this.suffixLength);
	}

	/** What storing this delta costs against storing the whole text, in characters. */
	public boolean isSmallerThan(String whole) {
		return this.inserted.length() < whole.length();
	}

}
