package app.mockinterview.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact form of the notes' history: a delta rebuilds exactly the text it was made
 * from, and a chain of deltas with a snapshot every so often rebuilds every version.
 */
class NotesDeltaTests {

	private static final String ALPHABET = "ab \n#*-`é€😀字";

	@Test
	void typingAtTheEndStoresOnlyWhatWasTyped() {
		NotesDelta delta = NotesDelta.between("SELECT *", "SELECT * FROM t");
		assertThat(delta).isEqualTo(new NotesDelta(8, 0, " FROM t"));
		assertThat(delta.applyTo("SELECT *")).isEqualTo("SELECT * FROM t");
	}

	@Test
	void deletingInTheMiddleStoresNothingButTheLengths() {
		NotesDelta delta = NotesDelta.between("one two three", "one three");
		assertThat(delta.inserted()).isEmpty();
		assertThat(delta.prefixLength() + delta.suffixLength()).isEqualTo(9);
		assertThat(delta.applyTo("one two three")).isEqualTo("one three");
	}

	@Test
	void aChangeInsideAnEmojiNeverSplitsIt() {
		// 😀 and 😁 share their high surrogate: the delta must keep the pair whole.
		NotesDelta delta = NotesDelta.between("x😀y", "x😁y");
		assertThat(delta.inserted()).isEqualTo("😁");
		assertThat(delta.applyTo("x😀y")).isEqualTo("x😁y");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void randomEditSequencesRoundTrip(long seed) {
		Random random = new Random(seed);
		String text = "";
		List<NotesHistory.Revision> rows = new ArrayList<>();
		List<String> versions = new ArrayList<>();
		for (int seq = 1; seq <= 300; seq++) {
			String next = edit(text, random);
			NotesDelta delta = NotesDelta.between(text, next);
			assertThat(delta.applyTo(text)).isEqualTo(next);
			assertThat(delta.inserted().codePoints().noneMatch((c) -> Character.isSurrogate((char) c)))
				.as("no lone surrogate in %s", delta)
				.isTrue();
			boolean snapshot = NotesHistory.isSnapshot(seq, delta, next);
			rows.add(new NotesHistory.Revision(seq, "CLARIFY", seq * 1000L, Instant.EPOCH, snapshot,
					snapshot ? 0 : delta.prefixLength(), snapshot ? 0 : delta.suffixLength(),
					snapshot ? next : delta.inserted()));
			versions.add(next);
			text = next;
		}
		// Every version is rebuilt from the last snapshot at or before it.
		for (int i = 0; i < rows.size(); i++) {
			int start = i;
			while (!rows.get(start).snapshot()) {
				start--;
			}
			assertThat(NotesHistory.rebuild(rows.subList(start, i + 1)).orElseThrow().text()).as("version %d", i + 1)
				.isEqualTo(versions.get(i));
		}
	}

	@Test
	void theFirstOfEveryFiftyRevisionsIsASnapshotAndTheRestAreDeltas() {
		NotesDelta small = NotesDelta.between("a long enough text", "a long enough text!");
		List<Integer> snapshots = new ArrayList<>();
		for (int seq = 1; seq <= 160; seq++) {
			if (NotesHistory.isSnapshot(seq, small, "a long enough text!")) {
				snapshots.add(seq);
			}
		}
		assertThat(snapshots).containsExactly(1, 51, 101, 151);
	}

	@Test
	void aDeltaNoSmallerThanTheTextIsStoredAsASnapshot() {
		NotesDelta replaced = NotesDelta.between("abc", "xyz");
		assertThat(NotesHistory.isSnapshot(7, replaced, "xyz")).isTrue();
	}

	private static String edit(String text, Random random) {
		int at = random.nextInt(text.length() + 1);
		// Never inside a surrogate pair, as a browser would never send half a character.
		while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
			at--;
		}
		int end = at;
		if (random.nextInt(3) == 0 && at < text.length()) {
			end = Math.min(text.length(), at + random.nextInt(10));
			while (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
				end++;
			}
		}
		StringBuilder inserted = new StringBuilder();
		int count = random.nextInt(random.nextInt(8) == 0 ? 200 : 6);
		int[] letters = ALPHABET.codePoints().toArray();
		for (int i = 0; i < count; i++) {
			inserted.appendCodePoint(letters[random.nextInt(letters.length)]);
		}
		return text.substring(0, at) + inserted + text.substring(end);
	}

}
