package app.mockinterview.system;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, on a real server: a Content-Security-Policy that allows only the app's own
 * scripts (no inline script, no {@code unsafe-inline}), no framing, no content sniffing;
 * pages reached through a capability link are never cached and never send their address
 * as a referrer. The pages themselves contain no inline script or event handler, so the
 * policy costs them nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class SecurityHeadersTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@LocalServerPort
	int port;

	/** Every page a browser can open, and whether its address carries a token. */
	final List<Object[]> pages = new ArrayList<>();

	@BeforeAll
	void openEveryKindOfPage() {
		TestClient browser = TestClient.http(this.port);
		String attempt = browser.post("/questions/" + QUESTION + "/practice").redirectToken();
		String interviewer = browser.post("/interviews", "questions", QUESTION, "candidateName", "Cleo")
			.redirectToken();
		String candidate = browser.page("/interviews/i/" + interviewer)
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
		for (String path : List.of("/", "/?difficulty=hard", "/questions/" + QUESTION, "/sheets/blank/" + QUESTION,
				"/api/questions", "/api/questions/" + QUESTION, "/no/such/page", "/questions/no-such-question")) {
			this.pages.add(new Object[] { path, false });
		}
		for (String path : List.of("/practice", "/practice/attempts/" + attempt, "/practice/attempts/" + attempt + "x",
				"/interviews", "/interviews/new", "/interviews/i/" + interviewer,
				"/interviews/i/" + interviewer + "/live", "/interviews/i/" + interviewer + "/sheet",
				"/interviews/i/" + interviewer + "/sheet/print", "/interviews/i/" + interviewer + "/comparison",
				"/interviews/i/" + interviewer + "/sheet.csv", "/interviews/i/" + interviewer + "/sheet.json",
				"/interviews/i/" + interviewer + "/sheet/summary", "/interviews/c/" + candidate,
				"/interviews/c/" + candidate + "/live", "/interviews/c/AAAAAAAAAAAAAAAAAAAAAA")) {
			this.pages.add(new Object[] { path, true });
		}
	}

	List<Object[]> pages() {
		return this.pages;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPageCarriesTheSecurityHeaders(String path, boolean tokenPage) {
		TestClient.Response response = TestClient.http(this.port).get(path);
		assertThat(response.status()).as(path).isIn(200, 404);
		String csp = response.header("Content-Security-Policy").orElse("");
		String scriptSrc = directive(csp, "script-src");
		assertThat(scriptSrc).isEqualTo("script-src 'self'");
		assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval").contains("frame-ancestors 'none'");
		assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
		assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.header("X-Frame-Options")).contains("DENY");
		assertThat(response.header("Referrer-Policy")).isPresent();
		if (tokenPage) {
			assertThat(response.headers("Referrer-Policy")).containsOnly("no-referrer");
			assertThat(response.header("Cache-Control"))
				.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		}
		String type = response.header("Content-Type").orElse("");
		if (type.startsWith("text/html")) {
			Document page = response.document();
			for (Element script : page.select("script")) {
				assertThat(script.attr("src")).as("inline script on " + path).isNotBlank();
			}
			for (Element element : page.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey()).as("event handler on " + path).doesNotStartWith("on");
					assertThat(attribute.getValue().strip().toLowerCase()).doesNotStartWith("javascript:");
				}
			}
		}
	}

	private static String directive(String csp, String name) {
		for (String part : csp.split(";")) {
			if (part.strip().startsWith(name + " ")) {
				return part.strip();
			}
		}
		return "";
	}

}
