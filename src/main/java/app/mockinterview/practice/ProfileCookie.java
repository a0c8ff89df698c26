package app.mockinterview.practice;

import java.time.Duration;
import java.util.Optional;

import app.mockinterview.link.CapabilityToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.WebUtils;

/**
 * The practice profile a browser uses: a long-lived, HttpOnly, SameSite cookie holding
 * the profile's token.
 */
final class ProfileCookie {

	static final String NAME = "practice_profile";

	/** The profile the browser used before it last switched, for the way back. */
	static final String PREVIOUS = "practice_profile_previous";

	private static final Duration LIFETIME = Duration.ofDays(730);

	private ProfileCookie() {
	}

	static Optional<String> read(HttpServletRequest request) {
		return read(request, NAME);
	}

	static Optional<String> readPrevious(HttpServletRequest request) {
		return read(request, PREVIOUS);
	}

	private static Optional<String> read(HttpServletRequest request, String name) {
		return Optional.ofNullable(WebUtils.getCookie(request, name))
			.map(Cookie::getValue)
			.filter(CapabilityToken::isWellFormed);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, String profileId) {
		write(request, response, NAME, profileId);
	}

	static void writePrevious(HttpServletRequest request, HttpServletResponse response, String profileId) {
		write(request, response, PREVIOUS, profileId);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String name, String profileId) {
		Cookie cookie = new Cookie(name, profileId);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
