package app.mockinterview.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy on this machine: the request the browser made was HTTPS,
 * so every cookie is Secure and the links the pages show start with https:// and the
 * proxy's host name. Without the proxy's headers, plain HTTP stays plain.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@LocalServerPort
	int port;

	@Test
	void behindAnHttpsProxyCookiesAreSecureAndLinksAreHttps() {
		// No cookie jar: a client's jar keeps Secure cookies from plain http://, which is
		// what the proxy speaks to the app here.
		ServerBrowser browser = new ServerBrowser("http://127.0.0.1:" + this.port,
				java.net.http.HttpClient.newHttpClient());
		HttpResponse<String> form = browser.send(proxied("/interviews/new").GET().build());
		assertThat(cookies(form)).isNotEmpty().allMatch((cookie) -> cookie.contains("; Secure"));
		String csrfCookie = cookies(form).stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.replaceAll(";.*", "");
		String csrf = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();

		HttpResponse<String> created = browser.send(proxied("/interviews").header("Cookie", csrfCookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&questions=" + QUESTION))
			.build());
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("https://interviews.example.org/interviews/i/"));
		assertThat(cookies(created)).anyMatch((cookie) -> cookie.startsWith("interview_browser="))
			.allMatch((cookie) -> cookie.contains("; Secure"));

		String console = browser.send(proxied("/interviews/i/" + ServerBrowser.redirectToken(created)).GET().build())
			.body();
		assertThat(Jsoup.parse(console).select("#candidate-link").val())
			.startsWith("https://interviews.example.org/interviews/c/");
	}

	@Test
	void withoutAProxyPlainHttpStaysPlain() {
		ServerBrowser browser = new ServerBrowser("http://127.0.0.1:" + this.port);
		HttpResponse<String> created = browser.post("/interviews", java.util.Map.of("questions", QUESTION));
		assertThat(cookies(created)).anyMatch((cookie) -> cookie.startsWith("interview_browser="))
			.noneMatch((cookie) -> cookie.contains("; Secure"));
		String console = browser.get("/interviews/i/" + ServerBrowser.redirectToken(created)).body();
		assertThat(Jsoup.parse(console).select("#candidate-link").val())
			.startsWith("http://127.0.0.1:" + this.port + "/interviews/c/");
	}

	private HttpRequest.Builder proxied(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "interviews.example.org")
			.header("X-Forwarded-For", "203.0.113.7");
	}

	private static List<String> cookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie");
	}

}
