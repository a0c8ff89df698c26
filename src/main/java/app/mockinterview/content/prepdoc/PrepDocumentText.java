package app.mockinterview.content.prepdoc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded prep document into text, whatever state it arrives in:
 * UTF-8 with or without a byte-order mark, UTF-16 with one, Windows-1252, any line
 * endings, and "mojibake" — UTF-8 that some editor read as Windows-1252 or Mac Roman and
 * saved again, so that {@code —} became {@code â€”} or {@code ‚Äî}. Mojibake is repaired
 * line by line, only where turning the characters back into bytes gives valid UTF-8
 * (which ordinary text almost never does by accident), and every decision is reported.
 */
final class PrepDocumentText {

	/**
	 * The decoded text with {@code \n} line endings and what was done to get it.
	 */
	record Decoded(String text, List<String> notes, int repairedLines) {

	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * Mis-decodings we know how to undo, in order of preference when both repair the same
	 * number of lines.
	 */
	private static final Map<String, Map<Character, Byte>> MISREADINGS = misreadings();

	private PrepDocumentText() {
	}

	static Decoded decode(byte[] bytes) {
		List<String> notes = new ArrayList<>();
		String text;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			notes.add("UTF-8 with a byte-order mark");
			text = utf8(bytes, 3).orElseGet(() -> {
				notes.add("some bytes are not valid UTF-8 and were replaced by \uFFFD");
				return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			});
		}
		else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			notes.add("UTF-16 with a byte-order mark");
			text = new String(bytes, StandardCharsets.UTF_16);
		}
		else {
			Optional<String> utf8 = utf8(bytes, 0);
			if (utf8.isPresent()) {
				text = utf8.get();
				notes.add("UTF-8");
			}
			else {
				text = new String(bytes, WINDOWS_1252);
				notes.add("not valid UTF-8, read as Windows-1252");
			}
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.contains("\r\n")) {
			notes.add("CRLF line endings");
		}
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		return repairMojibake(text, notes);
	}

	private static Decoded repairMojibake(String text, List<String> notes) {
		String[] lines = text.split("\n", -1);
		String best = null;
		int bestCount = 0;
		for (Map.Entry<String, Map<Character, Byte>> misreading : MISREADINGS.entrySet()) {
			int count = 0;
			for (String line : lines) {
				if (repair(line, misreading.getValue()) != null) {
					count++;
				}
			}
			if (count > bestCount) {
				best = misreading.getKey();
				bestCount = count;
			}
		}
		if (best == null) {
			return new Decoded(text, List.copyOf(notes), 0);
		}
		Map<Character, Byte> table = MISREADINGS.get(best);
		StringBuilder repaired = new StringBuilder(text.length());
		for (int i = 0; i < lines.length; i++) {
			String fixed = repair(lines[i], table);
			repaired.append((fixed != null) ? fixed : lines[i]);
			if (i < lines.length - 1) {
				repaired.append('\n');
			}
		}
		notes.add("repaired " + bestCount + ((bestCount == 1) ? " line" : " lines")
				+ " of damaged characters (UTF-8 that had been read as " + best + " and saved again)");
		return new Decoded(repaired.toString(), List.copyOf(notes), bestCount);
	}

	/**
	 * The line with its characters turned back into the bytes the misreading came from
	 * and decoded as UTF-8, or {@code null} when that is not clearly better: some
	 * character has no byte, the bytes are not valid UTF-8, or nothing changes.
	 */
	static String repair(String line, Map<Character, Byte> table) {
		boolean nonAscii = false;
		byte[] bytes = new byte[line.length()];
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c < 0x80) {
				bytes[i] = (byte) c;
				continue;
			}
			nonAscii = true;
			Byte b = table.get(c);
			if (b == null) {
				return null;
			}
			bytes[i] = b;
		}
		if (!nonAscii) {
			return null;
		}
		Optional<String> decoded = utf8(bytes, 0);
		if (decoded.isEmpty() || decoded.get().equals(line) || nonAscii(decoded.get()) >= nonAscii(line)
				|| decoded.get().chars().anyMatch((c) -> c >= 0x80 && c <= 0x9F)) {
			return null;
		}
		return decoded.get();
	}

	private static long nonAscii(String text) {
		return text.chars().filter((c) -> c >= 0x80).count();
	}

	private static Optional<String> utf8(byte[] bytes, int offset) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, Map<Character, Byte>> misreadings() {
		Map<String, Map<Character, Byte>> tables = new LinkedHashMap<>();
		tables.put("Windows-1252", table(WINDOWS_1252));
		if (Charset.isSupported("x-MacRoman")) {
			tables.put("Mac Roman", table(Charset.forName("x-MacRoman")));
		}
		return tables;
	}

	/**
	 * Which byte each character of a single-byte charset came from. Bytes the charset
	 * leaves undefined (five in Windows-1252) are commonly passed through as the C1
	 * control with the same number, so those map back too.
	 */
	private static Map<Character, Byte> table(Charset charset) {
		Map<Character, Byte> table = new HashMap<>();
		for (int b = 0x80; b <= 0xFF; b++) {
			String decoded = new String(new byte[] { (byte) b }, charset);
			char c = (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') ? decoded.charAt(0) : (char) b;
			table.putIfAbsent(c, (byte) b);
		}
		return table;
	}

}
