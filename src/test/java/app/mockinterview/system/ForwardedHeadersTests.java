package app.mockinterview.system;

import org.jsoup.nodes.Document;
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
		// The proxy speaks plain http:// to the app here; the client's jar keeps the
		// Secure cookies all the same, as the browser on the other side of the proxy
		// does.
		TestClient browser = TestClient.http("http://127.0.0.1:" + this.port)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "interviews.example.org")
			.header("X-Forwarded-For", "203.0.113.7");
		TestClient.Response form = browser.get("/interviews/new");
		assertThat(form.setCookies()).isNotEmpty().allMatch((cookie) -> cookie.contains("; Secure"));
		assertThat(browser.cookie("XSRF-TOKEN")).isPresent();

		TestClient.Response created = browser.post("/interviews", "questions", QUESTION);
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("https://interviews.example.org/interviews/i/"));
		assertThat(created.setCookies()).anyMatch((cookie) -> cookie.startsWith("interview_browser="))
			.allMatch((cookie) -> cookie.contains("; Secure"));

		Document console = browser.page("/interviews/i/" + created.redirectToken());
		assertThat(console.select("#candidate-link").val()).startsWith("https://interviews.example.org/interviews/c/");
	}

	@Test
	void withoutAProxyPlainHttpStaysPlain() {
		TestClient browser = TestClient.http("http://127.0.0.1:" + this.port);
		TestClient.Response created = browser.post("/interviews", "questions", QUESTION);
		assertThat(created.setCookies()).anyMatch((cookie) -> cookie.startsWith("interview_browser="))
			.noneMatch((cookie) -> cookie.contains("; Secure"));
		Document console = browser.page("/interviews/i/" + created.redirectToken());
		assertThat(console.select("#candidate-link").val())
			.startsWith("http://127.0.0.1:" + this.port + "/interviews/c/");
	}

}
