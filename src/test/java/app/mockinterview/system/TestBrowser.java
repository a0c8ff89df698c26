package app.mockinterview.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript for tests against a running application: keeps cookies
 * (the CSRF token among them), fills forms with the page's CSRF token, and does not
 * follow redirects so that tests can read where they lead.
 */
public class TestBrowser {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String csrf;

	public HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).build());
	}

	public Document page(String url) {
		HttpResponse<String> response = get(url);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
		}
		Document page = Jsoup.parse(response.body(), url);
		page.select("input[name=_csrf]").stream().findFirst().ifPresent((input) -> this.csrf = input.val());
		return page;
	}

	/**
	 * Posts a form with the CSRF token of the last page read, asking for JSON (which the
	 * autosave endpoints answer).
	 */
	public HttpResponse<String> post(String url, String... nameValuePairs) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", this.csrf);
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			form.put(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The path a redirect leads to. */
	public static String location(HttpResponse<String> response) {
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
