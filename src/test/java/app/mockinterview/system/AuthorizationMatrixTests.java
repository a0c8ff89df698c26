package app.mockinterview.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.mockinterview.link.CapabilityToken;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionRepository;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see and change what, as one table: every route of a practice attempt, the
 * interviewer console and the candidate room, called by every role with the credential
 * that role holds. A route answers only the role it belongs to; everyone else gets 404
 * (never 403, so a token cannot be probed), and no response carries what its caller may
 * not see: another person's notes, an interviewer's private notes or tokens, the model
 * answer and follow-ups of an interview question.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final String QUESTION = "spark-data-skew-large-joins";

	static final String OTHER_QUESTION = "spark-oom-troubleshooting";

	/** The three kinds of private page; each is reached with its own kind of token. */
	enum Family {

		PRACTICE("/practice/attempts/"), CONSOLE("/interviews/i/"), ROOM("/interviews/c/"),
		INVITATION("/interviews/join/");

		final String prefix;

		Family(String prefix) {
			this.prefix = prefix;
		}

	}

	/** Everyone who may call a route, and which family answers them. */
	enum Role {

		ANONYMOUS(null), PRACTISING_CANDIDATE(Family.PRACTICE),
		PRACTISING_CANDIDATE_OF_ANOTHER_ATTEMPT(Family.PRACTICE), INTERVIEW_CANDIDATE(Family.ROOM),
		INTERVIEWER(Family.CONSOLE), SECOND_INTERVIEWER(Family.CONSOLE), OTHER_INTERVIEWS_INTERVIEWER(Family.CONSOLE),
		REVOKED_CANDIDATE(null), INVITED_INTERVIEWER(Family.INVITATION), CLAIMED_INVITATION(null);

		/** The family this role's token opens (its own attempt or interview), if any. */
		final Family opens;

		Role(Family opens) {
			this.opens = opens;
		}

	}

	/**
	 * A route; a lead-only one is an action of the lead interviewer, which a second
	 * interviewer's token does not open.
	 */
	record Route(Family family, HttpMethod method, String path, Map<String, String> params, boolean leadOnly) {

		Route(Family family, HttpMethod method, String path, Map<String, String> params) {
			this(family, method, path, params, false);
		}

		boolean belongsTo(Role role) {
			return this.family == role.opens && !(this.leadOnly && role == Role.SECOND_INTERVIEWER);
		}

		@Override
		public String toString() {
			return this.method + " " + this.family.prefix + "{token}" + this.path;
		}

	}

	/** Filled in once the interviewer to invite again exists. */
	static final Map<String, String> invitedSeat = new LinkedHashMap<>();

	static List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		Map<String, String> stageForm = Map.of("stage", "CLARIFY", "notes", "x", "revision", "1");
		routes.add(new Route(Family.PRACTICE, HttpMethod.GET, "", Map.of()));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/notes", stageForm));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/autosave", stageForm));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/stage", with(stageForm, "target", "APPROACH")));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/hints", stageForm));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/settings", with(stageForm, "relaxed", "true")));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/self-score", Map.of()));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/sql/run", with(stageForm, "query", "SELECT 1")));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/sql/check", with(stageForm, "query", "SELECT 1")));
		routes.add(new Route(Family.PRACTICE, HttpMethod.POST, "/sql/query", Map.of("query", "SELECT 1")));

		Map<String, String> interviewerNotes = Map.of("position", "0", "stage", "CLARIFY", "notes", "x", "revision",
				"1");
		for (String get : List.of("", "/live", "/events", "/sheet", "/sheet/print", "/comparison", "/sheet/summary",
				"/sheet.csv", "/sheets.csv", "/sheet.json")) {
			routes.add(new Route(Family.CONSOLE, HttpMethod.GET, get, Map.of()));
		}
		for (String action : List.of("/start", "/pause", "/resume", "/end")) {
			routes.add(new Route(Family.CONSOLE, HttpMethod.POST, action, Map.of()));
		}
		for (String action : List.of("/share-feedback", "/candidate-link")) {
			routes.add(new Route(Family.CONSOLE, HttpMethod.POST, action, Map.of(), true));
		}
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/stage", Map.of("target", "ANSWER")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/question", Map.of("position", "0")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/extend", Map.of("minutes", "2")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/timer", Map.of("hidden", "true")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/interviewers", Map.of("name", "Sam"), true));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/invitation", invitedSeat, true));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/swap", Map.of("questionId", OTHER_QUESTION), true));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/notes", interviewerNotes));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/notes/autosave", interviewerNotes));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/sheet", Map.of("version", "0")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/sheet/autosave", Map.of("version", "0")));
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/sql/check", Map.of()));

		Map<String, String> candidateNotes = Map.of("position", "0", "notes", "x", "revision", "1");
		routes.add(new Route(Family.ROOM, HttpMethod.GET, "", Map.of()));
		routes.add(new Route(Family.ROOM, HttpMethod.GET, "/live", Map.of()));
		routes.add(new Route(Family.ROOM, HttpMethod.GET, "/events", Map.of()));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/notes", candidateNotes));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/notes/autosave", candidateNotes));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/self-assessment", Map.of()));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/feedback", Map.of("clarity", "3", "helpfulness", "3")));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/sql/run", Map.of("query", "SELECT 1")));
		routes.add(new Route(Family.ROOM, HttpMethod.POST, "/sql/query", Map.of("query", "SELECT 1")));

		routes.add(new Route(Family.INVITATION, HttpMethod.GET, "", Map.of()));
		routes.add(new Route(Family.INVITATION, HttpMethod.POST, "", Map.of()));
		return routes;
	}

	static Stream<Arguments> matrix() {
		return routes().stream().flatMap((route) -> Stream.of(Role.values()).map((role) -> Arguments.of(route, role)));
	}

	private static Map<String, String> with(Map<String, String> params, String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(params);
		all.put(name, value);
		return all;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionRepository questions;

	@Autowired
	app.mockinterview.question.QuestionCatalog catalog;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Each role's credential: the token in the URL and the cookies its browser sends. */
	final Map<Role, String> tokens = new LinkedHashMap<>();

	final Map<Role, Cookie[]> cookies = new LinkedHashMap<>();

	/** Text only the given roles may receive. */
	final Map<String, Set<Role>> secrets = new LinkedHashMap<>();

	/**
	 * One set of interviews and attempts for the whole table (creating them for each of
	 * the few hundred cases would take minutes). Saves in the table carry an old
	 * revision, so they are refused as stale and the secrets stay in place.
	 */
	@BeforeAll
	void setUp() throws Exception {
		for (Role role : Role.values()) {
			this.cookies.put(role, new Cookie[0]);
		}
		this.tokens.put(Role.ANONYMOUS, CapabilityToken.generate());

		String[] practice = startPractice();
		this.tokens.put(Role.PRACTISING_CANDIDATE, practice[0]);
		this.cookies.put(Role.PRACTISING_CANDIDATE, new Cookie[] { new Cookie("practice_profile", practice[1]) });
		String[] otherPractice = startPractice();
		this.tokens.put(Role.PRACTISING_CANDIDATE_OF_ANOTHER_ATTEMPT, otherPractice[0]);
		this.cookies.put(Role.PRACTISING_CANDIDATE_OF_ANOTHER_ATTEMPT,
				new Cookie[] { new Cookie("practice_profile", otherPractice[1]) });
		send(post("/practice/attempts/" + practice[0] + "/autosave").param("stage", "CLARIFY")
			.param("notes", "PRACTICE-NOTES-OF-THE-OWNER")
			.param("revision", "1"), 200);

		MvcResult created = send(post("/interviews").param("questions", QUESTION)
			.param("interviewerName", "Ines Interviewer")
			.param("candidateName", "Carl Candidate"), 302);
		String interviewer = created.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		this.cookies.put(Role.INTERVIEWER, created.getResponse().getCookies());
		String revoked = candidateToken(interviewer);
		send(post("/interviews/i/" + interviewer + "/candidate-link"), 302);
		String candidate = candidateToken(interviewer);
		assertThat(candidate).isNotEqualTo(revoked);
		this.tokens.put(Role.INTERVIEWER, interviewer);
		this.tokens.put(Role.INTERVIEW_CANDIDATE, candidate);
		this.tokens.put(Role.REVOKED_CANDIDATE, revoked);
		this.tokens.put(Role.OTHER_INTERVIEWS_INTERVIEWER,
				createInterview(OTHER_QUESTION, "Olga Otherinterviewer", "Dan Othercandidate"));
		send(post("/interviews/i/" + interviewer + "/notes/autosave").param("position", "0")
			.param("stage", "CLARIFY")
			.param("notes", "PRIVATE-INTERVIEWER-NOTE")
			.param("revision", "1"), 200);

		// A second interviewer who joined through their invitation, and a seat whose
		// invitation nobody has claimed yet.
		String claimed = invite(interviewer, "Sam Second");
		MvcResult joined = send(post("/interviews/join/" + claimed), 302);
		String second = joined.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		this.tokens.put(Role.SECOND_INTERVIEWER, second);
		this.tokens.put(Role.CLAIMED_INVITATION, claimed);
		send(post("/interviews/i/" + second + "/notes/autosave").param("position", "0")
			.param("stage", "CLARIFY")
			.param("notes", "SECOND-INTERVIEWERS-PRIVATE-NOTE")
			.param("revision", "1"), 200);
		String invited = invite(interviewer, "Pat Pending");
		this.tokens.put(Role.INVITED_INTERVIEWER, invited);
		invitedSeat.put("interviewer", seatOf(interviewer, invited));
		send(post("/interviews/c/" + candidate + "/notes/autosave").param("position", "0")
			.param("notes", "CANDIDATE-ANSWER-NOTES")
			.param("revision", "1"), 200);

		this.secrets.put("PRIVATE-INTERVIEWER-NOTE", EnumSet.of(Role.INTERVIEWER));
		this.secrets.put(interviewer, EnumSet.of(Role.INTERVIEWER));
		// Blind scoring from the lead's side too: the lead never holds the second
		// interviewer's link, so never their notes.
		this.secrets.put("SECOND-INTERVIEWERS-PRIVATE-NOTE", EnumSet.of(Role.SECOND_INTERVIEWER));
		this.secrets.put(second, EnumSet.of(Role.SECOND_INTERVIEWER));
		this.secrets.put(invited, EnumSet.of(Role.INTERVIEWER, Role.INVITED_INTERVIEWER));
		Set<Role> interviewers = EnumSet.of(Role.INTERVIEWER, Role.SECOND_INTERVIEWER);
		Question question = this.questions.findById(QUESTION).orElseThrow();
		this.secrets.put(distinctive(question.getModelAnswerHtml()), interviewers);
		this.secrets.put(distinctive(question.getFollowUpsHtml()), interviewers);
		this.secrets.put(distinctive(question.getApproachHtml()), interviewers);
		app.mockinterview.question.InterviewerGuide guide = this.catalog.get(QUESTION).guide();
		guide.redFlags().forEach((flag) -> this.secrets.put(distinctive(flag.html()), interviewers));
		guide.wrongAnswers().forEach((wrong) -> this.secrets.put(distinctive(wrong.whyHtml()), interviewers));
		guide.seniorSignalsHtml().forEach((signal) -> this.secrets.put(distinctive(signal), interviewers));
		assertThat(guide.redFlags()).as("the question the matrix uses has red flags").isNotEmpty();
		this.secrets.put("CANDIDATE-ANSWER-NOTES",
				EnumSet.of(Role.INTERVIEWER, Role.SECOND_INTERVIEWER, Role.INTERVIEW_CANDIDATE));
		this.secrets.put(candidate, EnumSet.of(Role.INTERVIEWER, Role.SECOND_INTERVIEWER, Role.INTERVIEW_CANDIDATE));
		this.secrets.put("Carl Candidate",
				EnumSet.of(Role.INTERVIEWER, Role.SECOND_INTERVIEWER, Role.INTERVIEW_CANDIDATE));
		this.secrets.put("Ines Interviewer", EnumSet.of(Role.INTERVIEWER, Role.SECOND_INTERVIEWER,
				Role.INTERVIEW_CANDIDATE, Role.INVITED_INTERVIEWER));
		this.secrets.put("PRACTICE-NOTES-OF-THE-OWNER", EnumSet.of(Role.PRACTISING_CANDIDATE));
		this.secrets.put(practice[0], EnumSet.of(Role.PRACTISING_CANDIDATE));
		this.secrets.put(practice[1], EnumSet.of(Role.PRACTISING_CANDIDATE));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void aRouteAnswersOnlyItsOwnRoleAndLeaksNothing(Route route, Role role) throws Exception {
		String url = route.family().prefix + this.tokens.get(role) + route.path();
		MockHttpServletRequestBuilder request = (route.method() == HttpMethod.GET) ? get(url) : post(url).with(csrf());
		route.params().forEach(request::param);
		withCookies(request, role);
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();

		if (route.belongsTo(role)) {
			assertThat(status).as("status for the role the route belongs to").isNotIn(403, 404).isLessThan(500);
			if (role == Role.INTERVIEWER && route.path().equals("/candidate-link")) {
				// The candidate link was just re-issued: the candidate uses the new one.
				String reissued = candidateToken(this.tokens.get(Role.INTERVIEWER));
				this.secrets.put(reissued, this.secrets.get(this.tokens.get(Role.INTERVIEW_CANDIDATE)));
				this.tokens.put(Role.INTERVIEW_CANDIDATE, reissued);
			}
			if (role == Role.INTERVIEWER && route.path().equals("/invitation")) {
				// The invitation was just re-issued: the invited person uses the new one.
				String reissued = invitationOf(this.tokens.get(Role.INTERVIEWER), "Pat Pending");
				assertThat(reissued).isNotEqualTo(this.tokens.get(Role.INVITED_INTERVIEWER));
				this.secrets.put(reissued, this.secrets.get(this.tokens.get(Role.INVITED_INTERVIEWER)));
				this.tokens.put(Role.INVITED_INTERVIEWER, reissued);
			}
		}
		else {
			assertThat(status).as("status for a role the route does not belong to").isEqualTo(404);
		}
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8)
				+ result.getResponse().getHeaderNames().stream().map(result.getResponse()::getHeader).toList();
		this.secrets.forEach((secret, mayRead) -> {
			if (!mayRead.contains(role)) {
				assertThat(body).as("response to %s must not contain %s", role, secret).doesNotContain(secret);
			}
		});
	}

	@Test
	void theTableCoversEveryRouteOfThePrivatePages() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> info.getPatternValues().forEach((pattern) -> {
			for (Family family : Family.values()) {
				String prefix = family.prefix + "{";
				if (pattern.startsWith(prefix)) {
					String path = pattern.substring(pattern.indexOf('}') + 1);
					info.getMethodsCondition()
						.getMethods()
						.forEach((method) -> mapped.add(method.name() + " " + family.prefix + "{token}" + path));
				}
			}
		}));
		Set<String> tested = new TreeSet<>();
		routes().forEach((route) -> tested.add(route.toString()));
		assertThat(tested).containsExactlyInAnyOrderElementsOf(mapped);
	}

	@Test
	void theListsOfOwnWorkShowOnlyTheBrowsersOwn() throws Exception {
		for (Role role : Role.values()) {
			for (String list : List.of("/practice", "/interviews")) {
				MvcResult result = this.mvc.perform(withCookies(get(list), role)).andReturn();
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
				this.secrets.forEach((secret, mayRead) -> {
					if (!mayRead.contains(role)) {
						assertThat(body).as("%s as %s", list, role).doesNotContain(secret);
					}
				});
			}
		}
	}

	private MockHttpServletRequestBuilder withCookies(MockHttpServletRequestBuilder request, Role role) {
		return (this.cookies.get(role).length == 0) ? request : request.cookie(this.cookies.get(role));
	}

	private String[] startPractice() throws Exception {
		MvcResult started = send(post("/questions/" + QUESTION + "/practice"), 302);
		String attempt = started.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		String profile = started.getResponse().getCookie("practice_profile").getValue();
		return new String[] { attempt, profile };
	}

	private String createInterview(String question, String interviewerName, String candidateName) throws Exception {
		MvcResult created = send(post("/interviews").param("questions", question)
			.param("interviewerName", interviewerName)
			.param("candidateName", candidateName), 302);
		return created.getResponse().getRedirectedUrl().replaceAll(".*/", "");
	}

	/** Adds an interviewer as the lead: their invitation token. */
	private String invite(String leadToken, String name) throws Exception {
		send(post("/interviews/i/" + leadToken + "/interviewers").param("name", name), 302);
		return invitationOf(leadToken, name);
	}

	private String invitationOf(String leadToken, String name) throws Exception {
		MvcResult console = send(get("/interviews/i/" + leadToken), 200);
		return Jsoup.parse(console.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("input[aria-label='Invitation link for " + name + "']")
			.val()
			.replaceAll(".*/", "");
	}

	private String seatOf(String leadToken, String invitation) throws Exception {
		MvcResult console = send(get("/interviews/i/" + leadToken), 200);
		return Jsoup.parse(console.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("input[value$=" + invitation + "] ~ form input[name=interviewer]")
			.val();
	}

	private String candidateToken(String interviewerToken) throws Exception {
		MvcResult console = send(get("/interviews/i/" + interviewerToken), 200);
		return Jsoup.parse(console.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
	}

	private MvcResult send(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		request.with(csrf());
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
		return result;
	}

	/** A distinctive sentence of some guidance, to look for in responses. */
	private static String distinctive(String html) {
		String longest = "";
		for (String sentence : Jsoup.parse(html).text().split("(?<=[.?!])\\s+")) {
			if (sentence.length() > longest.length()) {
				longest = sentence;
			}
		}
		return (longest.length() > 60) ? longest.substring(0, 60) : longest;
	}

}
