package app.mockinterview.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.mockinterview.link.CapabilityToken;
import app.mockinterview.system.TestClient.Request;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a browser would not send, on a real server: every state-changing request
 * without a valid CSRF token is refused (forms and the scripts' autosaves alike), and
 * malformed requests — unknown ids, bad tokens, wrong methods, bad values, missing
 * fields, bad JSON, oversized bodies — get the right 4xx with an explaining page or JSON
 * body, never a 500 or a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class RequestHandlingTests {

	static final String QUESTION = "pipeline-100m-events-per-day";

	@LocalServerPort
	int port;

	TestClient browser;

	String attempt;

	String interviewer;

	String candidate;

	@BeforeAll
	void createWork() {
		this.browser = TestClient.http(this.port);
		this.attempt = this.browser.post("/questions/" + QUESTION + "/practice").redirectToken();
		this.interviewer = this.browser.post("/interviews", "questions", QUESTION).redirectToken();
		this.candidate = this.browser.page("/interviews/i/" + this.interviewer)
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
	}

	/** Every state-changing route, with its own valid token in the path. */
	List<String> stateChangingRoutes() {
		List<String> routes = new ArrayList<>(List.of("/interviews", "/questions/" + QUESTION + "/practice"));
		AuthorizationMatrixTests.routes()
			.stream()
			.filter((route) -> route.method().name().equals("POST"))
			.forEach((route) -> routes.add(route.family().prefix + switch (route.family()) {
				case PRACTICE -> this.attempt;
				case CONSOLE -> this.interviewer;
				case ROOM -> this.candidate;
				// Refused for the missing CSRF token before any invitation is looked up.
				case INVITATION -> CapabilityToken.generate();
			} + route.path()));
		return routes;
	}

	@ParameterizedTest(name = "POST {0}")
	@MethodSource("stateChangingRoutes")
	void aPostWithoutAValidCsrfTokenIsRefused(String path) {
		Map<String, String> fields = Map.of("notes", "CSRF-ATTACK", "position", "0", "stage", "CLARIFY", "revision",
				"999", "target", "APPROACH", "questions", QUESTION, "version", "0");
		assertThat(this.browser.postWithoutToken(path, fields).status()).isEqualTo(403);
		assertThat(this.browser.send(Request.of("POST", path).fields("_csrf", "forged-token").fields(fields)).status())
			.isEqualTo(403);
		// A token from another browser (its own cookie) does not match this browser's.
		TestClient other = this.browser.newBrowser();
		other.get("/interviews/new");
		other.get("/interviews/new");
		String foreign = other.csrfToken();
		assertThat(this.browser.send(Request.of("POST", path).fields("_csrf", foreign).fields(fields)).status())
			.isEqualTo(403);
		assertThat(this.browser.get("/practice/attempts/" + this.attempt).body()).doesNotContain("CSRF-ATTACK");
		assertThat(this.browser.get("/interviews/c/" + this.candidate).body()).doesNotContain("CSRF-ATTACK");
	}

	@Test
	void theAutosaveScriptsSendTheTokenTheirFormCarries() {
		for (String page : List.of("/practice/attempts/" + this.attempt, "/interviews/c/" + this.candidate,
				"/interviews/i/" + this.interviewer, "/interviews/i/" + this.interviewer + "/sheet")) {
			var forms = this.browser.get(page).document().select("form[method=post]");
			assertThat(forms).as(page).isNotEmpty();
			forms.forEach((form) -> assertThat(form.select("input[name=_csrf]")).as(page + " " + form.attr("action"))
				.hasSize(1));
		}
		// The same token the page gave works for a script's save; no server session is
		// involved, so any instance sharing nothing but the cookie accepts it.
		TestClient.Response saved = this.browser.autosave("/interviews/c/" + this.candidate + "/notes/autosave",
				"position", "0", "notes", "saved by script", "revision", "7");
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.setCookies()).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	record Malformed(String method, String path, String contentType, String body, int status) {

		@Override
		public String toString() {
			return this.method + " " + this.path.replaceAll("[A-Za-z0-9_-]{22}", "{token}") + " → " + this.status;
		}

	}

	List<Malformed> malformedRequests() {
		String i = "/interviews/i/" + this.interviewer;
		String c = "/interviews/c/" + this.candidate;
		String p = "/practice/attempts/" + this.attempt;
		String form = "application/x-www-form-urlencoded";
		List<Malformed> requests = new ArrayList<>();
		for (String path : List.of("/questions/no-such-question", "/sheets/blank/no-such-question",
				"/practice/attempts/AAAAAAAAAAAAAAAAAAAAAA", "/practice/attempts/short", "/practice/profile/short",
				"/interviews/i/AAAAAAAAAAAAAAAAAAAAAA", "/interviews/i/not-a-token", "/interviews/c/" + "A".repeat(500),
				i + "/no-such-page", "/api/questions/no-such-question")) {
			requests.add(new Malformed("GET", path, null, null, 404));
		}
		requests.add(new Malformed("GET", "/api/questions?difficulty=impossible", null, null, 400));
		requests.add(new Malformed("GET", "/interviews/c/%2e%2e/i/x", null, null, 400));
		requests.add(new Malformed("GET", "/interviews/c/%00", null, null, 400));
		requests.add(new Malformed("POST", i + "/sheet", "application/x-www-form-urlencoded",
				"version=0&ratings%5B201%5D.rating=1", 400));
		requests.add(new Malformed("GET", i + "/start", null, null, 405));
		requests.add(new Malformed("DELETE", c, null, null, 405));
		requests.add(new Malformed("PUT", "/api/questions", form, "x=1", 405));
		requests.add(new Malformed("POST", "/api/questions", form, "x=1", 405));
		requests.add(new Malformed("POST", i + "/stage", form, "target=NOT_A_STAGE", 400));
		requests.add(new Malformed("POST", i + "/stage", form, "", 400));
		requests.add(new Malformed("POST", i + "/question", form, "position=first", 400));
		requests.add(new Malformed("POST", i + "/extend", form, "minutes=99999999999999", 400));
		requests
			.add(new Malformed("POST", i + "/notes/autosave", form, "position=0&stage=WRONG&notes=x&revision=2", 400));
		requests.add(new Malformed("POST", i + "/sheet/autosave", form, "version=latest", 400));
		requests.add(new Malformed("POST", i + "/sheet", form, "version=0&ratings%5B100000%5D.rating=1", 400));
		requests.add(new Malformed("POST", c + "/notes/autosave", form, "position=0&notes=x", 400));
		requests
			.add(new Malformed("POST", c + "/notes/autosave", "application/json", "{\"notes\": \"x\", broken", 400));
		requests.add(new Malformed("POST", c + "/notes/autosave", "application/json", "{\"position\":0}", 400));
		requests.add(new Malformed("POST", c + "/feedback", form, "clarity=very&helpfulness=3", 400));
		requests.add(new Malformed("POST", p + "/autosave", form, "stage=SOMEWHERE&notes=x&revision=2", 400));
		requests.add(new Malformed("POST", p + "/stage", form, "target=", 400));
		requests.add(new Malformed("POST", p + "/autosave", form, "stage=CLARIFY&notes=x&revision=1e99", 400));
		requests.add(new Malformed("POST", "/interviews", form, "questions%5B100000%5D=" + QUESTION, 400));
		requests.add(new Malformed("POST", "/questions/no-such-question/practice", form, "", 404));
		// Every form with a list, with an index that is not a number, negative, huge or
		// empty.
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put(i + "/sheet", "version=0&ratings%5B{}%5D.slot=a");
		lists.put(i + "/sheet/autosave", "version=0&ratings%5B{}%5D.rating=1");
		lists.put(c + "/self-assessment", "ratings%5B{}%5D.slot=a");
		lists.put(p + "/self-score", "ratings%5B{}%5D.key=a");
		lists.put("/interviews", "questions%5B{}%5D=a");
		lists.forEach((path, body) -> {
			for (String index : List.of("x", "-1", "99999999999999999999", "", "1%5D%5B0")) {
				requests.add(new Malformed("POST", path, form, body.replace("{}", index), 400));
			}
		});
		return requests;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedRequests")
	void aMalformedRequestGetsTheRightClientErrorWithAnExplanation(Malformed malformed) {
		for (String accept : List.of("text/html", "application/json")) {
			String token = this.browser.csrfToken();
			Request request = Request.of(malformed.method(), malformed.path())
				.accept(accept)
				.header("X-XSRF-TOKEN", token);
			if (malformed.body() != null) {
				request.body(malformed.contentType(), (malformed.contentType().contains("form"))
						? "_csrf=" + token + "&" + malformed.body() : malformed.body());
			}
			TestClient.Response response = this.browser.send(request);
			assertThat(response.status()).as(accept).isEqualTo(malformed.status());
			assertExplained(response, accept);
		}
	}

	@Test
	void anOversizedBodyIsRefusedWholeWithAnExplanationAndNothingIsSaved() {
		String huge = "x".repeat(1_200_000);
		TestClient.Response json = this.browser.autosave("/interviews/c/" + this.candidate + "/notes/autosave",
				"position", "0", "notes", huge, "revision", "500");
		assertThat(json.status()).isEqualTo(413);
		assertThat(json.body()).contains("too large");
		TestClient.Response page = this.browser.send(Request.of("POST", "/practice/attempts/" + this.attempt + "/notes")
			.accept("text/html")
			.body("application/x-www-form-urlencoded",
					"_csrf=" + this.browser.csrfToken() + "&stage=CLARIFY&revision=500&notes=" + huge));
		assertThat(page.status()).isEqualTo(413);
		assertThat(page.document().text()).contains("too large");
		assertThat(this.browser.get("/practice/attempts/" + this.attempt).body()).doesNotContain("xxxxxxxxxx");
		assertThat(this.browser.get("/interviews/c/" + this.candidate).body()).doesNotContain("xxxxxxxxxx");
	}

	@Test
	void textsOverTheirLimitAreRefusedWithAMessageAndNothingIsHalfSaved() {
		String i = "/interviews/i/" + this.interviewer;
		String c = "/interviews/c/" + this.candidate;
		String notes = "y".repeat(100 * 1024 + 1);
		assertRefused(this.browser.autosave(c + "/notes/autosave", "position", "0", "notes", notes, "revision", "900"),
				413, "100");
		assertRefused(this.browser.autosave(i + "/notes/autosave", "position", "0", "stage", "CLARIFY", "notes", notes,
				"revision", "900"), 413, "100");
		assertRefused(this.browser.autosave("/practice/attempts/" + this.attempt + "/autosave", "stage", "CLARIFY",
				"notes", notes, "revision", "900"), 413, "100");
		String sheet = this.browser.page(i + "/sheet").select("input[name=version]").val();
		Map<String, String> tooLong = new LinkedHashMap<>();
		tooLong.put("version", sheet);
		tooLong.put("ratings[0].slot", "0:anything");
		tooLong.put("ratings[0].evidence", "e".repeat(4001));
		tooLong.put("feedbackForCandidate", "KEEP-OUT-OF-THE-SHEET");
		TestClient.Response refused = this.browser.post(i + "/sheet", tooLong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select("#evidence-0 + #evidence-0-error").text()).contains("4000");
		assertThat(this.browser.get(i + "/sheet").body()).doesNotContain("KEEP-OUT-OF-THE-SHEET");

		Map<String, String> sixQuestions = new LinkedHashMap<>();
		List.of("kafka-consumer-lag-without-loss", "kafka-json-schema-evolution", "kafka-to-data-lake-consistency",
				"pipeline-100m-events-per-day", "reprocess-only-failed-records", "spark-data-skew-large-joins")
			.forEach((id) -> sixQuestions.put("questions[" + sixQuestions.size() + "]", id));
		sixQuestions.put("candidateName", "SIX-QUESTIONS-CANDIDATE");
		TestClient.Response six = this.browser.post("/interviews", sixQuestions);
		assertThat(six.status()).isEqualTo(400);
		assertThat(six.document().text()).contains("at most 5 questions");
		assertThat(this.browser.get("/interviews").body()).doesNotContain("SIX-QUESTIONS-CANDIDATE");

		TestClient.Response longName = this.browser.post("/interviews", "questions", QUESTION, "candidateName",
				"n".repeat(101));
		assertThat(longName.status()).isEqualTo(400);
		assertThat(longName.document().text()).contains("at most 100 characters");

		assertThat(this.browser.post(i + "/start").status()).isEqualTo(302);
		assertThat(this.browser.post(i + "/end").status()).isEqualTo(302);
		TestClient.Response feedback = this.browser.post(c + "/feedback", "comment", "f".repeat(2001), "clarity", "3",
				"helpfulness", "3");
		assertThat(feedback.status()).isEqualTo(200);
		assertThat(feedback.document().select("#comment + #comment-error").text()).contains("2000 characters");
		assertThat(feedback.document().select("#comment").val()).as("what was typed comes back")
			.isEqualTo("f".repeat(2001));
		assertThat(this.browser.get(c).document().select("#for-interviewer-heading"))
			.as("nothing was saved: the form is still offered")
			.isNotEmpty();
	}

	private void assertRefused(TestClient.Response response, int status, String mention) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.body()).contains("\"message\"").contains(mention);
	}

	private static void assertExplained(TestClient.Response response, String accept) {
		String body = response.body();
		assertThat(body).doesNotContain("Exception", "at app.", "at org.", "Whitelabel");
		String type = response.header("Content-Type").orElse("");
		if (type.contains("json")) {
			assertThat(body).contains("\"status\":" + response.status());
		}
		else {
			String heading = Jsoup.parse(body).select("h1").text();
			if (response.status() == 404) {
				assertThat(heading).isEqualTo("We could not find that page");
			}
			else {
				assertThat(heading).isNotBlank();
				assertThat(Jsoup.parse(body).text()).contains(String.valueOf(response.status()));
			}
		}
	}

}
