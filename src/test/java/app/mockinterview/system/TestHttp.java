package app.mockinterview.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small HTTP steps the tests against a running server share: a GET, a form post that asks
 * for JSON, and reading the next event name of a server-sent event stream.
 */
public final class TestHttp {

	private TestHttp() {
	}

	public static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the fields URL-encoded, asking for JSON (what the autosave sends). */
	public static HttpResponse<String> postForm(HttpClient http, String url, Map<String, String> form)
			throws Exception {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The name of the next event on a server-sent event stream, or null when the stream
	 * ends or is closed.
	 */
	public static String nextEvent(BufferedReader reader) {
		try {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("event:")) {
					return line.substring("event:".length()).strip();
				}
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
