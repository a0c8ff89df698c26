package app.mockinterview.system;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

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

	/** Routes that answer their own role 404 until they open (the replay). */
	static final Set<String> OPEN_LATER = Set.of("/replay");

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
		routes.add(new Route(Family.PRACTICE, HttpMethod.GET, "/replay", Map.of()));

		Map<String, String> interviewerNotes = Map.of("position", "0", "stage", "CLARIFY", "notes", "x", "revision",
				"1");
		for (String get : List.of("", "/live", "/events", "/sheet", "/sheet/print", "/comparison", "/sheet/summary",
				"/sheet.csv", "/sheets.csv", "/sheet.json", "/replay")) {
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
		routes.add(new Route(Family.CONSOLE, HttpMethod.POST, "/scoring", Map.of("version", "0")));
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
		routes.add(new Route(Family.ROOM, HttpMethod.GET, "/replay", Map.of()));

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

	/**
	 * Each role's browser, holding the cookies the role's own steps gave it: the practice
	 * profile of the candidates who practise, the browser cookie of the interviewer who
	 * created the interview, none for the others.
	 */
	final Map<Role, TestClient> browsers = new EnumMap<>(Role.class);

	/** The browser that sets the scene: its cookies are nobody's. */
	TestClient scene;

	/** Text only the given roles may receive. */
	final Map<String, Set<Role>> secrets = new LinkedHashMap<>();

	/**
	 * One set of interviews and attempts for the whole table (creating them for each of
	 * the few hundred cases would take minutes). Saves in the table carry an old
	 * revision, so they are refused as stale and the secrets stay in place.
	 */
	@BeforeAll
	void setUp() {
		this.scene = TestClient.mockMvc(this.mvc);
		for (Role role : Role.values()) {
			this.browsers.put(role, this.scene.newBrowser());
		}
		this.tokens.put(Role.ANONYMOUS, CapabilityToken.generate());

		String[] practice = startPractice(this.browsers.get(Role.PRACTISING_CANDIDATE));
		this.tokens.put(Role.PRACTISING_CANDIDATE, practice[0]);
		String[] otherPractice = startPractice(this.browsers.get(Role.PRACTISING_CANDIDATE_OF_ANOTHER_ATTEMPT));
		this.tokens.put(Role.PRACTISING_CANDIDATE_OF_ANOTHER_ATTEMPT, otherPractice[0]);
		this.scene
			.post("/practice/attempts/" + practice[0] + "/autosave", "stage", "CLARIFY", "notes",
					"PRACTICE-NOTES-OF-THE-OWNER", "revision", "1")
			.expect(200);

		String interviewer = this.browsers.get(Role.INTERVIEWER)
			.post("/interviews", "questions", QUESTION, "interviewerName", "Ines Interviewer", "candidateName",
					"Carl Candidate")
			.expect(302)
			.location()
			.replaceAll(".*/", "");
		String revoked = candidateToken(interviewer);
		this.scene.post("/interviews/i/" + interviewer + "/candidate-link").expect(302);
		String candidate = candidateToken(interviewer);
		assertThat(candidate).isNotEqualTo(revoked);
		this.tokens.put(Role.INTERVIEWER, interviewer);
		this.tokens.put(Role.INTERVIEW_CANDIDATE, candidate);
		this.tokens.put(Role.REVOKED_CANDIDATE, revoked);
		this.tokens.put(Role.OTHER_INTERVIEWS_INTERVIEWER,
				createInterview(OTHER_QUESTION, "Olga Otherinterviewer", "Dan Othercandidate"));
		this.scene
			.post("/interviews/i/" + interviewer + "/notes/autosave", "position", "0", "stage", "CLARIFY", "notes",
					"PRIVATE-INTERVIEWER-NOTE", "revision", "1")
			.expect(200);

		// A second interviewer who joined through their invitation, and a seat whose
		// invitation nobody has claimed yet.
		String claimed = invite(interviewer, "Sam Second");
		String second = this.scene.post("/interviews/join/" + claimed).expect(302).location().replaceAll(".*/", "");
		this.tokens.put(Role.SECOND_INTERVIEWER, second);
		this.tokens.put(Role.CLAIMED_INVITATION, claimed);
		this.scene
			.post("/interviews/i/" + second + "/notes/autosave", "position", "0", "stage", "CLARIFY", "notes",
					"SECOND-INTERVIEWERS-PRIVATE-NOTE", "revision", "1")
			.expect(200);
		String invited = invite(interviewer, "Pat Pending");
		this.tokens.put(Role.INVITED_INTERVIEWER, invited);
		invitedSeat.put("interviewer", seatOf(interviewer, invited));
		this.scene
			.post("/interviews/c/" + candidate + "/notes/autosave", "position", "0", "notes", "CANDIDATE-ANSWER-NOTES",
					"revision", "1")
			.expect(200);

		// Evidence typed on the console goes into the interviewer's own sheet (version 0
		// to 1: the table's saves with version 0 are then stale).
		org.jsoup.nodes.Element slot = this.scene.page("/interviews/i/" + interviewer)
			.select("#scoring input[name$=.slot]")
			.first();
		String prefix = slot.attr("name").replace(".slot", "");
		this.scene
			.post("/interviews/i/" + interviewer + "/sheet/autosave", "version", "0", "part", "ratings",
					slot.attr("name"), slot.val(), prefix + ".rating", "3", prefix + ".evidence",
					"[0:42] CONSOLE-SCORING-EVIDENCE")
			.expect(200);
		this.secrets.put("CONSOLE-SCORING-EVIDENCE", EnumSet.of(Role.INTERVIEWER));
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
	void aRouteAnswersOnlyItsOwnRoleAndLeaksNothing(Route route, Role role) {
		String url = route.family().prefix + this.tokens.get(role) + route.path();
		TestClient browser = this.browsers.get(role);
		TestClient.Response response = (route.method() == HttpMethod.GET) ? browser.get(url)
				: browser.post(url, route.params());
		int status = response.status();

		if (route.belongsTo(role) && OPEN_LATER.contains(route.path())) {
			// The replay opens at the review, the end or the shared feedback: before, its
			// owner gets 404 too.
			assertThat(status).as("status for the role the route belongs to").isIn(200, 404);
		}
		else if (route.belongsTo(role)) {
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
		String body = response.body()
				+ response.headers().keySet().stream().map((name) -> response.header(name).orElse(null)).toList();
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
	void theListsOfOwnWorkShowOnlyTheBrowsersOwn() {
		for (Role role : Role.values()) {
			for (String list : List.of("/practice", "/interviews")) {
				TestClient.Response result = this.browsers.get(role).get(list);
				assertThat(result.status()).isEqualTo(200);
				String body = result.body();
				this.secrets.forEach((secret, mayRead) -> {
					if (!mayRead.contains(role)) {
						assertThat(body).as("%s as %s", list, role).doesNotContain(secret);
					}
				});
			}
		}
	}

	/** Starts practising in the given browser: the attempt's token and the profile's. */
	private static String[] startPractice(TestClient browser) {
		TestClient.Response started = browser.post("/questions/" + QUESTION + "/practice").expect(302);
		return new String[] { started.redirectToken(), started.cookie("practice_profile").value() };
	}

	private String createInterview(String question, String interviewerName, String candidateName) {
		return this.scene
			.post("/interviews", "questions", question, "interviewerName", interviewerName, "candidateName",
					candidateName)
			.expect(302)
			.location()
			.replaceAll(".*/", "");
	}

	/** Adds an interviewer as the lead: their invitation token. */
	private String invite(String leadToken, String name) {
		this.scene.post("/interviews/i/" + leadToken + "/interviewers", "name", name).expect(302);
		return invitationOf(leadToken, name);
	}

	private String invitationOf(String leadToken, String name) {
		return console(leadToken).select("input[aria-label='Invitation link for " + name + "']")
			.val()
			.replaceAll(".*/", "");
	}

	private String seatOf(String leadToken, String invitation) {
		return console(leadToken).select("input[value$=" + invitation + "] ~ form input[name=interviewer]").val();
	}

	private String candidateToken(String interviewerToken) {
		return console(interviewerToken).select("#candidate-link").val().replaceAll(".*/", "");
	}

	private Document console(String interviewerToken) {
		return this.scene.page("/interviews/i/" + interviewerToken);
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
