package app.mockinterview.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

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
	MockMvc mvc;

	@Test
	void repeatedWrongAdminPasswordsAreSlowedDownThenLockedOutPerAddress() throws Exception {
		TestClient attacker = from("192.0.2.1");
		assertThat(signIn(attacker, "guess-1")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(attacker, "guess-2")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(attacker, "guess-3")).hasStatus(HttpStatus.UNAUTHORIZED);
		// Too soon after the third failure: refused before the password is checked.
		TestClient.Response tooSoon = signIn(attacker, "right-password");
		assertThat(tooSoon).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(tooSoon.header("Retry-After")).contains("1");
		Thread.sleep(700);
		assertThat(signIn(attacker, "guess-4")).hasStatus(HttpStatus.UNAUTHORIZED);
		// Locked out, even with the right password.
		TestClient.Response locked = signIn(attacker, "right-password");
		assertThat(locked).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isGreaterThan(3000);

		assertThat(signIn(from("192.0.2.2"), "right-password")).hasStatusOk();
	}

	@Test
	void aRightPasswordResetsTheCount() {
		TestClient admin = from("192.0.2.3");
		for (int round = 0; round < 3; round++) {
			assertThat(signIn(admin, "typo")).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(signIn(admin, "typo")).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(signIn(admin, "right-password")).hasStatusOk();
		}
	}

	@Test
	void liveUpdateStreamsAreCappedPerLinkAndPerAddress() {
		TestClient interviewer = from("198.51.100.1");
		String console = interviewer.post("/interviews", "questions", QUESTION).location();
		String room = interviewer.page(console).select("#candidate-link").val().replaceAll("^https?://[^/]+", "");
		TestClient viewer = from("198.51.100.2");
		assertThat(stream(viewer, room)).isEqualTo(200);
		assertThat(stream(viewer, room)).isEqualTo(200);
		assertThat(stream(viewer, room)).as("third stream on one link").isEqualTo(429);
		assertThat(stream(viewer, console)).isEqualTo(200);
		assertThat(stream(viewer, console)).as("fourth stream from one address").isEqualTo(429);
		assertThat(stream(from("198.51.100.3"), console)).isEqualTo(200);
	}

	@Test
	void creatingInterviewsAndAttemptsIsRateLimitedPerAddress() {
		TestClient script = from("203.0.113.50");
		List<String> creations = List.of("/interviews", "/questions/" + QUESTION + "/practice", "/interviews");
		for (String path : creations) {
			assertThat(create(script, path)).as(path).hasStatus(HttpStatus.FOUND);
		}
		TestClient.Response refused = create(script, "/questions/" + QUESTION + "/practice");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.header("Retry-After")).hasValueSatisfying((wait) -> assertThat(wait).isNotBlank());
		assertThat(create(script, "/interviews")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(create(from("203.0.113.51"), "/interviews")).hasStatus(HttpStatus.FOUND);
	}

	/** A browser at the given client address. */
	private TestClient from(String address) {
		return TestClient.mockMvc(this.mvc).remoteAddress(address);
	}

	private static TestClient.Response create(TestClient client, String path) {
		return path.equals("/interviews") ? client.post(path, "questions", QUESTION) : client.post(path);
	}

	/** Opens the page's event stream (left open) and answers its status. */
	private static int stream(TestClient client, String page) {
		return client.get(page + "/events", "Accept", "text/event-stream").status();
	}

	private static TestClient.Response signIn(TestClient client, String password) {
		return client.get("/admin", "Authorization", TestClient.basic("admin", password));
	}

}
