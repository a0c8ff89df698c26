package app.mockinterview.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Keeps flash attributes (the short messages shown after a redirect) in a cookie instead
 * of the HTTP session, so no request depends on server memory and any instance can serve
 * the page after the redirect. Only short text values belong in flash attributes.
 */
@Component("flashMapManager")
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "flash";

	private static final int MAX_COOKIE_CHARS = 3000;

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || cookie.getValue().isEmpty()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			List<FlashMap> maps = new ArrayList<>();
			for (String encoded : text.split("\n")) {
				maps.add(decode(encoded));
			}
			return maps;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		StringBuilder text = new StringBuilder();
		for (FlashMap map : flashMaps) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(encode(map));
		}
		String value = flashMaps.isEmpty() ? ""
				: Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
		if (value.length() > MAX_COOKIE_CHARS) {
			value = "";
		}
		Cookie cookie = new Cookie(COOKIE, value);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		cookie.setMaxAge(value.isEmpty() ? 0 : 180);
		response.addCookie(cookie);
	}

	private static String encode(FlashMap map) {
		StringBuilder query = new StringBuilder();
		append(query, "_path", map.getTargetRequestPath());
		append(query, "_expires", String.valueOf(map.getExpirationTime()));
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			append(query, entry.getKey(), String.valueOf(entry.getValue()));
		}
		return query.toString();
	}

	private static void append(StringBuilder query, String key, String value) {
		if (value == null) {
			return;
		}
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static FlashMap decode(String query) {
		FlashMap map = new FlashMap();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String key = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			switch (key) {
				case "_path" -> map.setTargetRequestPath(value);
				case "_expires" -> map.setExpirationTime(Long.parseLong(value));
				default -> map.put(key, value);
			}
		}
		return map;
	}

}
