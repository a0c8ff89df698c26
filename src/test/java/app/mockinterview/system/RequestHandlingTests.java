package app.mockinterview.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import app.mockinterview.link.CapabilityToken;
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

	ServerBrowser browser;

	String attempt;

	String interviewer;

	String candidate;

	@BeforeAll
	void createWork() {
		this.browser = new ServerBrowser("http://localhost:" + this.port);
		this.attempt = ServerBrowser.redirectToken(this.browser.post("/questions/" + QUESTION + "/practice", Map.of()));
		this.interviewer = ServerBrowser.redirectToken(this.browser.post("/interviews", Map.of("questions", QUESTION)));
		this.candidate = Jsoup.parse(this.browser.get("/interviews/i/" + this.interviewer).body())
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
		assertThat(this.browser.postWithoutToken(path, Map.of(), fields).statusCode()).isEqualTo(403);
		assertThat(this.browser.postWithoutToken(path, Map.of("_csrf", "forged-token"), fields).statusCode())
			.isEqualTo(403);
		// A token from another browser (its own cookie) does not match this browser's.
		ServerBrowser other = new ServerBrowser(this.browser.base());
		other.get("/interviews/new");
		String foreign = Jsoup.parse(other.get("/interviews/new").body()).select("input[name=_csrf]").val();
		assertThat(this.browser.postWithoutToken(path, Map.of("_csrf", foreign), fields).statusCode()).isEqualTo(403);
		assertThat(this.browser.get("/practice/attempts/" + this.attempt).body()).doesNotContain("CSRF-ATTACK");
		assertThat(this.browser.get("/interviews/c/" + this.candidate).body()).doesNotContain("CSRF-ATTACK");
	}

	@Test
	void theAutosaveScriptsSendTheTokenTheirFormCarries() {
		for (String page : List.of("/practice/attempts/" + this.attempt, "/interviews/c/" + this.candidate,
				"/interviews/i/" + this.interviewer, "/interviews/i/" + this.interviewer + "/sheet")) {
			var forms = Jsoup.parse(this.browser.get(page).body()).select("form[method=post]");
			assertThat(forms).as(page).isNotEmpty();
			forms.forEach((form) -> assertThat(form.select("input[name=_csrf]")).as(page + " " + form.attr("action"))
				.hasSize(1));
		}
		// The same token the page gave works for a script's save; no server session is
		// involved, so any instance sharing nothing but the cookie accepts it.
		HttpResponse<String> saved = this.browser.post("/interviews/c/" + this.candidate + "/notes/autosave",
				Map.of("position", "0", "notes", "saved by script", "revision", "7"));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
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
			String body = (malformed.body() == null) ? null : ((malformed.contentType().contains("form"))
					? "_csrf=" + csrf() + "&" + malformed.body() : malformed.body());
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.browser.base() + malformed.path()))
				.header("Accept", accept)
				.header("X-XSRF-TOKEN", csrf())
				.method(malformed.method(), (body == null) ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body));
			if (malformed.contentType() != null) {
				request.header("Content-Type", malformed.contentType());
			}
			HttpResponse<String> response = this.browser.send(request.build());
			assertThat(response.statusCode()).as(accept).isEqualTo(malformed.status());
			assertExplained(response, accept);
		}
	}

	@Test
	void anOversizedBodyIsRefusedWholeWithAnExplanationAndNothingIsSaved() {
		String huge = "x".repeat(1_200_000);
		HttpResponse<String> json = this.browser.post("/interviews/c/" + this.candidate + "/notes/autosave",
				Map.of("position", "0", "notes", huge, "revision", "500"));
		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.body()).contains("too large");
		HttpResponse<String> page = this.browser.send(HttpRequest
			.newBuilder(URI.create(this.browser.base() + "/practice/attempts/" + this.attempt + "/notes"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf() + "&stage=CLARIFY&revision=500&notes=" + huge))
			.build());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(page.body()).text()).contains("too large");
		assertThat(this.browser.get("/practice/attempts/" + this.attempt).body()).doesNotContain("xxxxxxxxxx");
		assertThat(this.browser.get("/interviews/c/" + this.candidate).body()).doesNotContain("xxxxxxxxxx");
	}

	@Test
	void textsOverTheirLimitAreRefusedWithAMessageAndNothingIsHalfSaved() {
		String i = "/interviews/i/" + this.interviewer;
		String c = "/interviews/c/" + this.candidate;
		String notes = "y".repeat(100 * 1024 + 1);
		assertRefused(
				this.browser.post(c + "/notes/autosave", Map.of("position", "0", "notes", notes, "revision", "900")),
				413, "100");
		assertRefused(this.browser.post(i + "/notes/autosave",
				Map.of("position", "0", "stage", "CLARIFY", "notes", notes, "revision", "900")), 413, "100");
		assertRefused(this.browser.post("/practice/attempts/" + this.attempt + "/autosave",
				Map.of("stage", "CLARIFY", "notes", notes, "revision", "900")), 413, "100");
		String sheet = Jsoup.parse(this.browser.get(i + "/sheet").body()).select("input[name=version]").val();
		Map<String, String> tooLong = new LinkedHashMap<>();
		tooLong.put("version", sheet);
		tooLong.put("ratings[0].slot", "0:anything");
		tooLong.put("ratings[0].evidence", "e".repeat(4001));
		tooLong.put("feedbackForCandidate", "KEEP-OUT-OF-THE-SHEET");
		HttpResponse<String> refused = this.browser.post(i + "/sheet", tooLong);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("#evidence-0 + #evidence-0-error").text()).contains("4000");
		assertThat(this.browser.get(i + "/sheet").body()).doesNotContain("KEEP-OUT-OF-THE-SHEET");

		Map<String, String> sixQuestions = new LinkedHashMap<>();
		List.of("kafka-consumer-lag-without-loss", "kafka-json-schema-evolution", "kafka-to-data-lake-consistency",
				"pipeline-100m-events-per-day", "reprocess-only-failed-records", "spark-data-skew-large-joins")
			.forEach((id) -> sixQuestions.put("questions[" + sixQuestions.size() + "]", id));
		sixQuestions.put("candidateName", "SIX-QUESTIONS-CANDIDATE");
		HttpResponse<String> six = this.browser.post("/interviews", sixQuestions);
		assertThat(six.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(six.body()).text()).contains("at most 5 questions");
		assertThat(this.browser.get("/interviews").body()).doesNotContain("SIX-QUESTIONS-CANDIDATE");

		HttpResponse<String> longName = this.browser.post("/interviews",
				Map.of("questions", QUESTION, "candidateName", "n".repeat(101)));
		assertThat(longName.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(longName.body()).text()).contains("at most 100 characters");

		assertThat(this.browser.post(i + "/start", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.browser.post(i + "/end", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> feedback = this.browser.post(c + "/feedback",
				Map.of("comment", "f".repeat(2001), "clarity", "3", "helpfulness", "3"));
		assertThat(feedback.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(feedback.body()).select("#comment + #comment-error").text()).contains("2000 characters");
		assertThat(Jsoup.parse(feedback.body()).select("#comment").val()).as("what was typed comes back")
			.isEqualTo("f".repeat(2001));
		assertThat(Jsoup.parse(this.browser.get(c).body()).select("#for-interviewer-heading"))
			.as("nothing was saved: the form is still offered")
			.isNotEmpty();
	}

	private void assertRefused(HttpResponse<String> response, int status, String mention) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).contains("\"message\"").contains(mention);
	}

	private String csrf() {
		return Jsoup.parse(this.browser.get("/interviews/new").body()).select("input[name=_csrf]").val();
	}

	private static void assertExplained(HttpResponse<String> response, String accept) {
		String body = response.body();
		assertThat(body).doesNotContain("Exception", "at app.", "at org.", "Whitelabel");
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.contains("json")) {
			assertThat(body).contains("\"status\":" + response.statusCode());
		}
		else {
			String heading = Jsoup.parse(body).select("h1").text();
			if (response.statusCode() == 404) {
				assertThat(heading).isEqualTo("We could not find that page");
			}
			else {
				assertThat(heading).isNotBlank();
				assertThat(Jsoup.parse(body).text()).contains(String.valueOf(response.statusCode()));
			}
		}
	}

}
