package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture prep documents under {@code src/test/resources/prepdoc/}. */
public final class PrepDocuments {

	private PrepDocuments() {
	}

	public static byte[] bytes(String name) {
		try (InputStream in = PrepDocuments.class.getResourceAsStream("/prepdoc/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
