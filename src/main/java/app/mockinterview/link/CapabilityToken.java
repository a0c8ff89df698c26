package app.mockinterview.link;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unguessable identifiers for links that grant access on their own: 128 random bits from
 * a secure source, written as 22 URL-safe characters.
 */
public final class CapabilityToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

	private CapabilityToken() {
	}

	public static String generate() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a value has the shape of a token (checked before any database look-up). */
	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

}
