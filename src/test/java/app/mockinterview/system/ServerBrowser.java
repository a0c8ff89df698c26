package app.mockinterview.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser for tests against a running server: keeps its cookies, and posts forms with
 * the CSRF token a page of the app gave it, the way the pages and their scripts do.
 */
public final class ServerBrowser {

	private final String base;

	private final HttpClient http;

	private String csrf;

	public ServerBrowser(String base) {
		this(base,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.connectTimeout(Duration.ofSeconds(10))
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	/** A browser with its own client (for one without a cookie jar, say). */
	public ServerBrowser(String base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
		if (this.csrf == null && response.body() != null) {
			Element input = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
			if (input != null) {
				this.csrf = input.val();
			}
		}
		return response;
	}

	/** Posts a form with the CSRF token, fetching a page first if none was seen yet. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		if (this.csrf == null) {
			get("/interviews/new");
		}
		return postWithoutToken(path, Map.of("_csrf", this.csrf), form);
	}

	/** Posts exactly the given fields: without a CSRF token unless one is among them. */
	public HttpResponse<String> postWithoutToken(String path, Map<String, String> extra, Map<String, String> form) {
		String body = java.util.stream.Stream.concat(extra.entrySet().stream(), form.entrySet().stream())
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json, text/html")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpClient client() {
		return this.http;
	}

	public String base() {
		return this.base;
	}

	/** The last path segment of a redirect's target (the token of a new interview). */
	public static String redirectToken(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
