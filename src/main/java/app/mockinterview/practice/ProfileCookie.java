package app.mockinterview.practice;

import java.time.Duration;
import java.util.Optional;

import app.mockinterview.system.CapabilityToken;
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

	private static final Duration LIFETIME = Duration.ofDays(730);

	private ProfileCookie() {
	}

	static Optional<String> read(HttpServletRequest request) {
		return Optional.ofNullable(WebUtils.getCookie(request, NAME))
			.map(Cookie::getValue)
			.filter(CapabilityToken::isWellFormed);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, String profileId) {
		Cookie cookie = new Cookie(NAME, profileId);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
