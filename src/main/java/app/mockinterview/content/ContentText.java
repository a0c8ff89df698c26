package app.mockinterview.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a content file into text: UTF-8, with or without a byte-order mark,
 * any line endings.
 */
final class ContentText {

	private ContentText() {
	}

	/**
	 * @return the text with {@code \n} line endings, or empty when the bytes are not
	 * valid UTF-8
	 */
	static Optional<String> decode(byte[] bytes) {
		int start = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
			return Optional.of(normalizeLineEndings(text));
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	static String normalizeLineEndings(String text) {
		String normalized = (text.startsWith("\uFEFF")) ? text.substring(1) : text;
		return normalized.replace("\r\n", "\n").replace('\r', '\n');
	}

}
