package app.mockinterview.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the rendered bytes of the pages every visitor sees alike (the features name them:
 * {@link PublicPages}) and serves them without running the controller, the queries or the
 * template again, until a {@link PublicPages.Changed} event says they are stale.
 * <p>
 * The one per-visitor part of these pages, the CSRF token of the "Practice solo" form, is
 * cut out when a page is stored and filled in for each request. Responses carry an ETag
 * (answered with 304 when it matches) and {@code Cache-Control: no-cache}, so browsers
 * revalidate instead of downloading again; a pre-compressed copy is kept for clients that
 * accept gzip. The cache is bounded in bytes: when full it starts over.
 * <p>
 * It runs after Spring Security's filters, so every response keeps the security headers
 * and the CSRF cookie.
 */
public class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final int MAX_KEY_LENGTH = 600;

	private static final int GZIP_MIN_BYTES = 1024;

	private final long maxBytes;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong bytes = new AtomicLong();

	/**
	 * Bumped by every change of the bank; a page rendered before a bump is not stored.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** The paths of the pages kept: every feature's {@link PublicPages}. */
	private final List<Pattern> cacheable;

	public PublicPageCache(long maxBytes, List<PublicPages> pages) {
		this.maxBytes = maxBytes;
		this.cacheable = pages.stream().map(PublicPages::paths).toList();
	}

	/**
	 * A stored page: the body split around the CSRF token (one part when it has none).
	 */
	record Page(String contentType, List<byte[]> parts, byte[] gzip, String etag, int length) {

		boolean hasToken() {
			return this.parts.size() > 1;
		}

	}

	/** Drops every page once the change that makes them stale has committed. */
	@TransactionalEventListener(fallbackExecution = true)
	public void changed(PublicPages.Changed event) {
		clear();
	}

	public void clear() {
		this.generation.incrementAndGet();
		this.pages.clear();
		this.bytes.set(0);
	}

	int size() {
		return this.pages.size();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod())
				|| this.cacheable.stream().noneMatch((pattern) -> pattern.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Page page = (key != null) ? this.pages.get(key) : null;
		if (page != null && (!page.hasToken() || token(request) != null)) {
			serve(page, request, response);
			return;
		}
		long before = this.generation.get();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (key != null && wrapper.getStatus() == 200 && wrapper.getContentType() != null
				&& wrapper.getHeader(HttpHeaders.CACHE_CONTROL) == null && !request.isAsyncStarted()) {
			Page stored = store(key, wrapper.getContentType(), wrapper.getContentAsByteArray(), token(request), before);
			if (stored != null) {
				wrapper.resetBuffer();
				serve(stored, request, wrapper);
			}
		}
		wrapper.copyBodyToResponse();
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String key = (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
		return (key.length() <= MAX_KEY_LENGTH) ? key : null;
	}

	private Page store(String key, String contentType, byte[] body, String token, long generation) {
		List<byte[]> parts = split(body, token);
		if (parts == null) {
			return null;
		}
		byte[] gzip = (parts.size() == 1 && body.length >= GZIP_MIN_BYTES) ? gzip(body) : null;
		Page page = new Page(contentType, parts, gzip, "\"" + sha256(body, token) + "\"", body.length);
		long size = body.length + ((gzip != null) ? gzip.length : 0) + key.length();
		if (this.bytes.addAndGet(size) > this.maxBytes) {
			clear();
			this.bytes.addAndGet(size);
		}
		if (this.generation.get() == generation) {
			this.pages.put(key, page);
		}
		return page;
	}

	/**
	 * Splits the body around every occurrence of this request's CSRF token; null when the
	 * page holds a token this request did not render (so it cannot be reused).
	 */
	private static List<byte[]> split(byte[] body, String token) {
		String text = new String(body, StandardCharsets.UTF_8);
		Matcher matcher = CSRF_FIELD.matcher(text);
		List<byte[]> parts = new ArrayList<>();
		int from = 0;
		while (matcher.find()) {
			if (token == null || !token.equals(matcher.group(1))) {
				return null;
			}
			parts.add(text.substring(from, matcher.start(1)).getBytes(StandardCharsets.UTF_8));
			from = matcher.end(1);
		}
		parts.add((from == 0) ? body : text.substring(from).getBytes(StandardCharsets.UTF_8));
		return parts;
	}

	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String etag = page.etag();
		byte[] token = null;
		if (page.hasToken()) {
			token = token(request).getBytes(StandardCharsets.UTF_8);
			Cookie cookie = WebUtils.getCookie(request, "XSRF-TOKEN");
			// The ETag stands for the page and the visitor's CSRF cookie: a browser that
			// lost the cookie gets a page with a fresh token.
			etag = (cookie != null) ? etag.substring(0, etag.length() - 1) + "-"
					+ Integer.toHexString(cookie.getValue().hashCode()) + "\"" : null;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (etag != null) {
			response.setHeader(HttpHeaders.ETAG, etag);
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		response.setContentType(page.contentType());
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (page.gzip() != null && acceptEncoding != null && acceptEncoding.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzip().length);
			response.getOutputStream().write(page.gzip());
			return;
		}
		List<byte[]> parts = page.parts();
		int length = page.length();
		if (token != null) {
			length = 0;
			for (byte[] part : parts) {
				length += part.length;
			}
			length += token.length * (parts.size() - 1);
		}
		response.setContentLength(length);
		OutputStream out = response.getOutputStream();
		for (int i = 0; i < parts.size(); i++) {
			if (i > 0) {
				out.write(token);
			}
			out.write(parts.get(i));
		}
	}

	private static String token(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.getToken() : null;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] body, String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			if (token != null) {
				// The token differs per request: the ETag stands for the rest of the
				// page.
				String text = new String(body, StandardCharsets.UTF_8).replace(token, "");
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			}
			else {
				digest.update(body);
			}
			return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 12));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
