package app.mockinterview.system;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The abuse limits per client address, with small limits so the tests reach them: admin
 * sign-ins slow down and then lock out, live-update streams are capped per link and per
 * address, and creating interviews and attempts is rate-limited. Each test uses its own
 * addresses; another address is never held back.
 */
@SpringBootTest(properties = { "app.admin.password=right-password", "app.admin.sign-in.free-failures=2",
		"app.admin.sign-in.lockout-failures=4", "app.admin.sign-in.delay=300ms", "app.admin.sign-in.lockout=1h",
		"app.limits.streams-per-link=2", "app.limits.streams-per-address=3", "app.limits.creations-per-hour=3" })
@AutoConfigureMockMvc
class AbuseLimitsTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@Autowired
	MockMvcTester mvc;

	/**
	 * For streams: it returns once a stream has started, where the tester waits for its
	 * end.
	 */
	@Autowired
	MockMvc streams;

	@Test
	void repeatedWrongAdminPasswordsAreSlowedDownThenLockedOutPerAddress() throws Exception {
		RequestPostProcessor attacker = from("192.0.2.1");
		assertThat(signIn(attacker, "guess-1")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(attacker, "guess-2")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(attacker, "guess-3")).hasStatus(HttpStatus.UNAUTHORIZED);
		// Too soon after the third failure: refused before the password is checked.
		MvcTestResult tooSoon = signIn(attacker, "right-password");
		assertThat(tooSoon).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(tooSoon.getResponse().getHeader("Retry-After")).isEqualTo("1");
		Thread.sleep(700);
		assertThat(signIn(attacker, "guess-4")).hasStatus(HttpStatus.UNAUTHORIZED);
		// Locked out, even with the right password.
		MvcTestResult locked = signIn(attacker, "right-password");
		assertThat(locked).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isGreaterThan(3000);

		assertThat(signIn(from("192.0.2.2"), "right-password")).hasStatusOk();
	}

	@Test
	void aRightPasswordResetsTheCount() {
		RequestPostProcessor admin = from("192.0.2.3");
		for (int round = 0; round < 3; round++) {
			assertThat(signIn(admin, "typo")).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(signIn(admin, "typo")).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(signIn(admin, "right-password")).hasStatusOk();
		}
	}

	@Test
	void liveUpdateStreamsAreCappedPerLinkAndPerAddress() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/interviews")
			.with(csrf())
			.with(from("198.51.100.1"))
			.param("questions", QUESTION)
			.exchange();
		String console = created.getResponse().getRedirectedUrl();
		String room = Jsoup.parse(body(this.mvc.get().uri(console).exchange()))
			.select("#candidate-link")
			.val()
			.replaceAll("^https?://[^/]+", "");
		RequestPostProcessor viewer = from("198.51.100.2");
		assertThat(stream(room, viewer)).isEqualTo(200);
		assertThat(stream(room, viewer)).isEqualTo(200);
		assertThat(stream(room, viewer)).as("third stream on one link").isEqualTo(429);
		assertThat(stream(console, viewer)).isEqualTo(200);
		assertThat(stream(console, viewer)).as("fourth stream from one address").isEqualTo(429);
		assertThat(stream(console, from("198.51.100.3"))).isEqualTo(200);
	}

	@Test
	void creatingInterviewsAndAttemptsIsRateLimitedPerAddress() {
		RequestPostProcessor script = from("203.0.113.50");
		List<String> creations = List.of("/interviews", "/questions/" + QUESTION + "/practice", "/interviews");
		for (String path : creations) {
			assertThat(create(path, script)).as(path).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult refused = create("/questions/" + QUESTION + "/practice", script);
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(create("/interviews", script)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(create("/interviews", from("203.0.113.51"))).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult create(String path, RequestPostProcessor client) {
		var request = this.mvc.post().uri(path).with(csrf()).with(client);
		if (path.equals("/interviews")) {
			request.param("questions", QUESTION);
		}
		return request.exchange();
	}

	private int stream(String page, RequestPostProcessor client) throws Exception {
		return this.streams.perform(get(page + "/events").accept("text/event-stream").with(client))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private MvcTestResult signIn(RequestPostProcessor client, String password) {
		return this.mvc.get().uri("/admin").with(httpBasic("admin", password)).with(client).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
