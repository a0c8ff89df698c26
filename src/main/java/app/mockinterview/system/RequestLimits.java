package app.mockinterview.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose size or shape no page of the app produces, before anything binds
 * them. Bodies larger than any form of the app can need ({@code
 * app.max-request-size}, 1 MB by default) before anything reads them: 413 with a short
 * explanation, as JSON for scripts and the API, as the error page for browsers. Bodies
 * sent without a length are cut off by the server's form size limit instead
 * ({@code server.tomcat.max-http-form-post-size}). List fields with an index beyond
 * {@value #MAX_LIST_INDEX} (a sheet has a few dozen criteria, an interview five
 * questions), and list fields whose index is not a number at all (negative, a word,
 * empty), answer 400 rather than reaching the binder, which would fail on them.
 * <p>
 * The admin's prep-document upload and its confirmation (the document again, base64, in
 * the form) may be larger, up to {@code spring.servlet.multipart.max-request-size}; the
 * page then checks the document's own limit and says it. Beyond that the upload is not
 * read at all, and the admin page says why.
 */
@Component
// Right after the character-encoding filter: reading the parameters here fixes their
// encoding for the rest of the request.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestLimits extends OncePerRequestFilter {

	static final String MESSAGE = "The request is too large: notes and texts are limited in size (notes to 100 KB "
			+ "per stage). Shorten the text and save again.";

	static final int MAX_LIST_INDEX = 200;

	/** Anything in brackets: the binder would fail on an index that is not a number. */
	private static final Pattern LIST_INDEX = Pattern.compile("\\[([^]]*)]");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

	static final String UPLOAD_PATH = "/admin/import/";

	/** The admin page's query parameter for an upload refused here. */
	public static final String UPLOAD_REFUSED = "upload-too-large";

	private final long maxBytes;

	private final long maxUploadBytes;

	RequestLimits(@Value("${app.max-request-size:1MB}") DataSize maxSize,
			@Value("${spring.servlet.multipart.max-request-size:4MB}") DataSize maxUploadSize) {
		this.maxBytes = maxSize.toBytes();
		this.maxUploadBytes = maxUploadSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean upload = request.getRequestURI().startsWith(UPLOAD_PATH);
		if (upload && request.getContentLengthLong() > this.maxUploadBytes) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendRedirect(request.getContextPath() + "/admin?" + UPLOAD_REFUSED);
			return;
		}
		if (!upload && request.getContentLengthLong() > this.maxBytes) {
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			// The client may still be sending: tell it not to reuse the connection.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			if (request.getRequestURI().startsWith("/api/") || (accept != null && accept.contains("json"))) {
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				// A problem detail that the autosave scripts also read ("message").
				response.getWriter()
					.write("{\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"" + MESSAGE
							+ "\",\"message\":\"" + MESSAGE + "\"}");
				return;
			}
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		if (request.getCharacterEncoding() == null) {
			request.setCharacterEncoding("UTF-8");
		}
		if (hasImpossibleListIndex(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasImpossibleListIndex(HttpServletRequest request) {
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = LIST_INDEX.matcher(name);
			int indexes = 0;
			while (index.find()) {
				// No form of the app nests lists.
				if (++indexes > 1) {
					return true;
				}
				String digits = index.group(1);
				if (!DIGITS.matcher(digits).matches() || Integer.parseInt(digits) > MAX_LIST_INDEX) {
					return true;
				}
			}
		}
		return false;
	}

}
