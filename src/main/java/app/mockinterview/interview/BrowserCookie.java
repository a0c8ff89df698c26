package app.mockinterview.interview;

import java.time.Duration;
import java.util.Optional;

import app.mockinterview.link.CapabilityToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.WebUtils;

/**
 * Remembers which interviews a browser created, so "interviews you run" can list them
 * without an account.
 */
final class BrowserCookie {

	static final String NAME = "interview_browser";

	private BrowserCookie() {
	}

	static Optional<String> read(HttpServletRequest request) {
		return Optional.ofNullable(WebUtils.getCookie(request, NAME))
			.map(Cookie::getValue)
			.filter(CapabilityToken::isWellFormed);
	}

	static String readOrCreate(HttpServletRequest request, HttpServletResponse response) {
		return read(request).orElseGet(() -> {
			String id = CapabilityToken.generate();
			Cookie cookie = new Cookie(NAME, id);
			cookie.setPath("/");
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setMaxAge((int) Duration.ofDays(730).toSeconds());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
			return id;
		});
	}

}
