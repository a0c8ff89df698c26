import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load and crash tests against the packaged app (target/mock-interviews.jar), started here
 * on a random loopback port with its own H2 file database. Run with plain Java, no build:
 *
 * <pre>
 * java load/AutosaveLoad.java load  [interviews=200] [seconds=60]
 * java load/AutosaveLoad.java crash [interviews=20]  [seconds=8]
 * </pre>
 *
 * load: every simulated interview has a candidate and an interviewer autosaving their
 * notes every 2 seconds (and the interviewer's sheet every fifth round); at the end every
 * acknowledged save must be in the database, there must be no error, and it prints
 * throughput and latency percentiles.
 *
 * crash: the same stream, then kill -9 of the app mid-stream, a restart on the same
 * database, and a check that every save acknowledged before the kill is present and that
 * every page still loads.
 *
 * Exits 0 when every check passes, 1 otherwise.
 */
public class AutosaveLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern CANDIDATE_LINK = Pattern.compile("id=\"candidate-link\"[^>]*value=\"[^\"]*/interviews/c/([A-Za-z0-9_-]{22})\"");

	static final Pattern SHEET_VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

	static final Pattern JSON_VERSION = Pattern.compile("\"version\":(\\d+)");

	static final String[] QUESTIONS = { "kafka-consumer-lag-without-loss", "spark-oom-troubleshooting",
			"pipeline-100m-events-per-day", "reprocess-only-failed-records" };

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newFixedThreadPool(32))
		.build();

	String base;

	String csrf;

	final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();

	final AtomicInteger errors = new AtomicInteger();

	final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

	/** One simulated interview and the last save of each kind the server acknowledged. */
	static final class Session {

		final int number;

		final String interviewer;

		final String candidate;

		volatile long sheetVersion;

		volatile int round;

		volatile int ackedCandidate;

		volatile int ackedInterviewer;

		volatile int ackedSheet;

		Session(int number, String interviewer, String candidate, long sheetVersion) {
			this.number = number;
			this.interviewer = interviewer;
			this.candidate = candidate;
			this.sheetVersion = sheetVersion;
		}

	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "load";
		boolean crash = mode.equals("crash");
		int interviews = (args.length > 1) ? Integer.parseInt(args[1]) : (crash ? 20 : 200);
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : (crash ? 8 : 60);
		Path jar = Path.of("target/mock-interviews.jar");
		if (!Files.isRegularFile(jar)) {
			System.err.println("target/mock-interviews.jar is missing: run ./mvnw -q package -DskipTests first");
			System.exit(2);
		}
		Path dataDir = Files.createTempDirectory("mock-interviews-" + mode);
		int port = freePort();
		AutosaveLoad test = new AutosaveLoad();
		test.base = "http://127.0.0.1:" + port;
		Process app = start(jar, dataDir, port);
		boolean ok;
		try {
			test.awaitHealthy(app);
			List<Session> sessions = test.createInterviews(interviews);
			System.out.printf("%s: %d interviews, autosaving every 2 s for %d s%n", mode, interviews, seconds);
			long started = System.nanoTime();
			test.stream(sessions, seconds, crash ? app : null);
			double elapsed = (System.nanoTime() - started) / 1e9;
			if (crash) {
				System.out.println("killed the app with SIGKILL mid-stream; restarting on the same database");
				app.waitFor(30, TimeUnit.SECONDS);
				app = start(jar, dataDir, port);
				test.awaitHealthy(app);
			}
			else {
				test.report(elapsed);
			}
			ok = test.verify(sessions, crash);
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
		System.out.println(ok ? "PASS" : "FAIL");
		System.exit(ok ? 0 : 1);
	}

	static Process start(Path jar, Path dataDir, int port) throws IOException {
		Path log = dataDir.resolve("app-" + System.nanoTime() + ".log");
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
				jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath()
						+ ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
				// Hundreds of interviews from one address: the creation limit is off.
				"--app.limits.creations-per-hour=0", "--logging.level.root=warn")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	void awaitHealthy(Process app) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the app exited with " + app.exitValue());
			}
			try {
				HttpResponse<String> health = get("/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					this.csrf = find(CSRF, get("/interviews/new").body());
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the app did not become healthy within 120 s");
	}

	List<Session> createInterviews(int count) throws Exception {
		List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
		var pool = Executors.newFixedThreadPool(8);
		for (int n = 0; n < count; n++) {
			int number = n;
			pool.submit(() -> {
				try {
					HttpResponse<String> created = post("/interviews", Map.of("questions",
							QUESTIONS[number % QUESTIONS.length], "candidateName", "Candidate " + number));
					String interviewer = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
					String console = get("/interviews/i/" + interviewer).body();
					String sheet = get("/interviews/i/" + interviewer + "/sheet").body();
					sessions.add(new Session(number, interviewer, find(CANDIDATE_LINK, console),
							Long.parseLong(find(SHEET_VERSION, sheet))));
				}
				catch (Exception ex) {
					error("create: " + ex);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(5, TimeUnit.MINUTES);
		if (sessions.size() != count) {
			throw new IllegalStateException("only " + sessions.size() + " of " + count + " interviews were created");
		}
		return sessions;
	}

	/** Every session saves every 2 s; with an app to kill, kills it at a random moment mid-stream. */
	void stream(List<Session> sessions, int seconds, Process killMidStream) throws Exception {
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(Math.min(128, sessions.size()));
		long periodMillis = 2000;
		for (Session session : sessions) {
			long offset = (long) (Math.random() * periodMillis);
			scheduler.scheduleAtFixedRate(() -> saveRound(session, killMidStream != null), offset, periodMillis,
					TimeUnit.MILLISECONDS);
		}
		if (killMidStream != null) {
			Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2 + (long) (Math.random() * 1000));
			// Process.destroyForcibly sends SIGKILL on Linux and macOS: no shutdown hook runs.
			killMidStream.destroyForcibly();
			Thread.sleep(1000);
			scheduler.shutdownNow();
		}
		else {
			Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
			scheduler.shutdown();
		}
		scheduler.awaitTermination(60, TimeUnit.SECONDS);
	}

	void saveRound(Session session, boolean crashing) {
		int round = ++session.round;
		try {
			HttpResponse<String> candidate = timedPost("/interviews/c/" + session.candidate + "/notes/autosave",
					Map.of("position", "0", "notes", text("candidate", session, round), "revision", "" + round));
			if (candidate.statusCode() == 200) {
				session.ackedCandidate = round;
			}
			else {
				error("candidate save " + candidate.statusCode() + " " + candidate.body());
			}
			HttpResponse<String> interviewer = timedPost("/interviews/i/" + session.interviewer + "/notes/autosave",
					Map.of("position", "0", "stage", "CLARIFY", "notes", text("interviewer", session, round),
							"revision", "" + round));
			if (interviewer.statusCode() == 200) {
				session.ackedInterviewer = round;
			}
			else {
				error("interviewer save " + interviewer.statusCode() + " " + interviewer.body());
			}
			if (round % 5 == 0) {
				HttpResponse<String> sheet = timedPost("/interviews/i/" + session.interviewer + "/sheet/autosave",
						Map.of("version", "" + session.sheetVersion, "overall", "" + (1 + round % 4),
								"feedbackForCandidate", text("sheet", session, round), "privateNotes", "private"));
				if (sheet.statusCode() == 200) {
					session.sheetVersion = Long.parseLong(find(JSON_VERSION, sheet.body()));
					session.ackedSheet = round;
				}
				else {
					error("sheet save " + sheet.statusCode() + " " + sheet.body());
				}
			}
		}
		catch (Exception ex) {
			// A save cut off by the kill was never acknowledged: not an error then.
			if (!crashing) {
				error("save: " + ex);
			}
		}
	}

	boolean verify(List<Session> sessions, boolean crash) throws Exception {
		int acknowledged = 0;
		int missing = 0;
		for (Session session : sessions) {
			String room = get("/interviews/c/" + session.candidate).body();
			String console = get("/interviews/i/" + session.interviewer).body();
			String sheet = get("/interviews/i/" + session.interviewer + "/sheet").body();
			missing += check("candidate notes", room, "candidate", session, session.ackedCandidate);
			missing += check("candidate notes in the console", console, "candidate", session, session.ackedCandidate);
			missing += check("interviewer notes", console, "interviewer", session, session.ackedInterviewer);
			missing += check("sheet", sheet, "sheet", session, session.ackedSheet);
			acknowledged += session.ackedCandidate + session.ackedInterviewer + session.ackedSheet / 5;
		}
		System.out.printf("verified %d acknowledged saves: %d missing or corrupted, %d errors%n", acknowledged, missing,
				this.errors.get());
		this.errorSamples.stream().limit(5).forEach((sample) -> System.out.println("  error: " + sample));
		return missing == 0 && this.errors.get() == 0 && acknowledged > 0;
	}

	/**
	 * The page must show this kind's text from the acknowledged round or a later one (a
	 * save in flight at the kill may have committed), and intact.
	 */
	int check(String what, String page, String kind, Session session, int acked) {
		if (acked == 0) {
			return 0;
		}
		Matcher saved = Pattern.compile(kind + " of interview " + session.number + " round (\\d+) (\\S+)").matcher(page);
		if (!saved.find()) {
			System.out.printf("  interview %d: %s missing (acknowledged round %d)%n", session.number, what, acked);
			return 1;
		}
		int round = Integer.parseInt(saved.group(1));
		if (round < acked || !saved.group(2).equals(checksum(kind, session.number, round))) {
			System.out.printf("  interview %d: %s shows round %d, acknowledged %d%n", session.number, what, round,
					acked);
			return 1;
		}
		return 0;
	}

	static String text(String kind, Session session, int round) {
		return kind + " of interview " + session.number + " round " + round + " " + checksum(kind, session.number, round)
				+ "\n" + "Some notes typed so far. ".repeat(20);
	}

	static String checksum(String kind, int number, int round) {
		return Integer.toHexString((kind + number + ":" + round).hashCode());
	}

	void report(double seconds) {
		List<Long> sorted = new ArrayList<>(this.latenciesMicros);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			System.out.println("no requests were made");
			return;
		}
		System.out.printf("%d saves in %.1f s: %.1f saves/s, %d errors%n", sorted.size(), seconds,
				sorted.size() / seconds, this.errors.get());
		System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", percentile(sorted, 50),
				percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
	}

	static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

	HttpResponse<String> timedPost(String path, Map<String, String> form) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = post(path, form);
		this.latenciesMicros.add((System.nanoTime() - start) / 1000);
		return response;
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", this.csrf);
		fields.putAll(form);
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	void error(String message) {
		this.errors.incrementAndGet();
		if (this.errorSamples.size() < 20) {
			this.errorSamples.add(message);
		}
	}

	static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not found: " + pattern);
		}
		return matcher.group(1);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
