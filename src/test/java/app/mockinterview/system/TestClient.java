package app.mockinterview.system;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.AssertProvider;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockCookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.json.JsonContent;
import org.springframework.test.json.JsonContentAssert;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The tests' browser, without JavaScript: it keeps its cookies, sends the CSRF token the
 * app's pages carry with every form it posts (reading a page first when it has seen
 * none), and does not follow redirects, so that tests read where they lead. It talks to a
 * running server over HTTP ({@link #http(int)}) or to the application in-process through
 * MockMvc ({@link #mockMvc(MockMvc)}): cookies, tokens and answers are handled the same
 * way either way. One client is one browser; {@link #newBrowser()} is another.
 */
public final class TestClient {

	/** A page that carries a form, read for a CSRF token when none was seen yet. */
	static final String PAGE_WITH_A_FORM = "/interviews/new";

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

	private final Transport transport;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String remoteAddress;

	private volatile String csrfToken;

	private TestClient(Transport transport) {
		this.transport = transport;
	}

	/** A browser for the application on this machine's given port. */
	public static TestClient http(int port) {
		return http("http://localhost:" + port);
	}

	/** A browser for the application at the given address ({@code http://host:port}). */
	public static TestClient http(String base) {
		return new TestClient(new HttpTransport(base));
	}

	/**
	 * A browser for applications named by whole URLs ({@code http://host:port/path}): one
	 * browser, one set of cookies, for several servers.
	 */
	public static TestClient http() {
		return http("");
	}

	/** A browser for the application of a Spring test context, called in-process. */
	public static TestClient mockMvc(MockMvc mvc) {
		return new TestClient(new MockMvcTransport(mvc));
	}

	/**
	 * Another browser for the same application: none of this one's cookies or headers.
	 */
	public TestClient newBrowser() {
		return new TestClient(this.transport);
	}

	/** Sends the header with every request (credentials, a proxy's headers). */
	public TestClient header(String name, String value) {
		synchronized (this.headers) {
			this.headers.put(name, value);
		}
		return this;
	}

	/** Signs every request in with HTTP Basic. */
	public TestClient basicAuth(String username, String password) {
		return header("Authorization", basic(username, password));
	}

	/** The value of an HTTP Basic {@code Authorization} header. */
	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends every request from the given client address. In-process only: over HTTP the
	 * address is this machine's.
	 */
	public TestClient remoteAddress(String address) {
		if (!(this.transport instanceof MockMvcTransport)) {
			throw new UnsupportedOperationException("Over HTTP a request comes from this machine's address");
		}
		this.remoteAddress = address;
		return this;
	}

	/** Where the application answers ({@code http://localhost} in-process). */
	public String base() {
		return this.transport.base();
	}

	/** A GET, with extra headers given as names and values. */
	public Response get(String path, String... headerNamesAndValues) {
		Request request = Request.of("GET", path);
		for (int i = 0; i < headerNamesAndValues.length; i += 2) {
			request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
		}
		return send(request);
	}

	/** A page that must answer 200, parsed. */
	public Document page(String path, String... headerNamesAndValues) {
		Response response = get(path, headerNamesAndValues);
		Assertions.assertThat(response.status()).as("GET %s", path).isEqualTo(200);
		return response.document();
	}

	/** A form post, with fields given as names and values (a name may repeat). */
	public Response post(String path, String... nameValuePairs) {
		return send(Request.of("POST", path).fields(nameValuePairs).withToken());
	}

	/** A form post with the given fields. */
	public Response post(String path, Map<String, String> fields) {
		return send(Request.of("POST", path).fields(fields).withToken());
	}

	/** A post as the pages' scripts send their saves: asking for JSON. */
	public Response autosave(String path, String... nameValuePairs) {
		return send(Request.of("POST", path).fields(nameValuePairs).accept("application/json").withToken());
	}

	/** A post as the pages' scripts send their saves: asking for JSON. */
	public Response autosave(String path, Map<String, String> fields) {
		return send(Request.of("POST", path).fields(fields).accept("application/json").withToken());
	}

	/** Posts exactly the given fields: without a CSRF token unless one is among them. */
	public Response postWithoutToken(String path, Map<String, String> fields) {
		return send(Request.of("POST", path).fields(fields));
	}

	/** A multipart form post with the given fields and, when not null, a file. */
	public Response upload(String path, Map<String, String> fields, FilePart file) {
		Request request = Request.of("POST", path).fields(fields).multipart().withToken();
		return send((file != null) ? request.file(file) : request);
	}

	/**
	 * Sends the request with this browser's cookies and headers, then keeps the cookies
	 * the answer sets and the CSRF token its page carries.
	 */
	public Response send(Request request) {
		List<String[]> headers = new ArrayList<>();
		synchronized (this.headers) {
			this.headers.forEach((name, value) -> headers.add(new String[] { name, value }));
		}
		headers.addAll(request.headers);
		List<String[]> fields = request.fields;
		if (request.token) {
			fields = new ArrayList<>();
			fields.add(new String[] { "_csrf", csrfToken() });
			fields.addAll(request.fields);
		}
		Response response = this.transport
			.exchange(new Exchange(request.method, request.path, headers, Map.copyOf(this.cookies), fields,
					request.multipart, request.file, request.contentType, request.body, this.remoteAddress));
		remember(response);
		return response;
	}

	/** The CSRF token of the last page read; a page with a form is read when none was. */
	public String csrfToken() {
		if (this.csrfToken == null) {
			get(PAGE_WITH_A_FORM);
		}
		return Optional.ofNullable(this.csrfToken)
			.orElseThrow(() -> new IllegalStateException(PAGE_WITH_A_FORM + " carried no CSRF token"));
	}

	/** The value of one of this browser's cookies. */
	public Optional<String> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	/**
	 * Opens a server-sent event stream (over HTTP only), which must answer 200.
	 */
	public EventStream events(String path) {
		if (!(this.transport instanceof HttpTransport http)) {
			throw new UnsupportedOperationException("An event stream needs a running server");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/event-stream");
		cookieHeader(Map.copyOf(this.cookies)).ifPresent((cookie) -> request.header("Cookie", cookie));
		try {
			HttpResponse<InputStream> response = http.client.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			Assertions.assertThat(response.statusCode()).as("event stream %s", path).isEqualTo(200);
			return new EventStream(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(Response response) {
		for (Cookie cookie : response.cookies()) {
			if (cookie.maxAge() == 0) {
				this.cookies.remove(cookie.name());
			}
			else {
				this.cookies.put(cookie.name(), cookie.value());
			}
		}
		String type = response.header("Content-Type").orElse("");
		if (type.startsWith("text/html")) {
			Matcher input = CSRF_INPUT.matcher(response.body());
			if (input.find()) {
				Matcher value = VALUE.matcher(input.group());
				if (value.find()) {
					this.csrfToken = value.group(1);
				}
			}
		}
	}

	private static Optional<String> cookieHeader(Map<String, String> cookies) {
		if (cookies.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; ")));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A file sent with a multipart form. */
	public record FilePart(String field, String fileName, String contentType, byte[] bytes) {

	}

	/** A request: its method, path, headers and fields or body. */
	public static final class Request {

		private final String method;

		private final String path;

		private final List<String[]> headers = new ArrayList<>();

		private final List<String[]> fields = new ArrayList<>();

		private boolean token;

		private boolean multipart;

		private FilePart file;

		private String contentType;

		private byte[] body;

		private Request(String method, String path) {
			this.method = method;
			this.path = path;
		}

		/** A request to a path of the application or to a whole URL. */
		public static Request of(String method, String path) {
			return new Request(method, path);
		}

		public Request header(String name, String value) {
			this.headers.add(new String[] { name, value });
			return this;
		}

		public Request accept(String mediaTypes) {
			return header("Accept", mediaTypes);
		}

		/** Form fields, as names and values; a name may repeat. */
		public Request fields(String... nameValuePairs) {
			for (int i = 0; i < nameValuePairs.length; i += 2) {
				this.fields.add(new String[] { nameValuePairs[i], nameValuePairs[i + 1] });
			}
			return this;
		}

		public Request fields(Map<String, String> fields) {
			fields.forEach((name, value) -> this.fields.add(new String[] { name, value }));
			return this;
		}

		/** Adds the CSRF token of the browser that sends it as the first field. */
		public Request withToken() {
			this.token = true;
			return this;
		}

		/** Sends the fields as {@code multipart/form-data}. */
		public Request multipart() {
			this.multipart = true;
			return this;
		}

		public Request file(FilePart file) {
			this.multipart = true;
			this.file = file;
			return this;
		}

		/** A body as it is, for requests no form would send. */
		public Request body(String contentType, String body) {
			this.contentType = contentType;
			this.body = body.getBytes(StandardCharsets.UTF_8);
			return this;
		}

	}

	/** An answer, read whole. */
	public static final class Response implements AssertProvider<ResponseAssert> {

		private final int status;

		private final Map<String, List<String>> headers;

		private final byte[] bytes;

		private final List<Cookie> cookies;

		private final MvcTestResult mvc;

		private Response(int status, Map<String, List<String>> headers, byte[] bytes, List<Cookie> cookies,
				MvcTestResult mvc) {
			this.status = status;
			Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			caseInsensitive.putAll(headers);
			this.headers = Collections.unmodifiableMap(caseInsensitive);
			this.bytes = bytes;
			this.cookies = (cookies != null) ? cookies : headers("Set-Cookie").stream().map(Cookie::parse).toList();
			this.mvc = mvc;
		}

		public int status() {
			return this.status;
		}

		/** Asserts the status, and answers this response. */
		public Response expect(int status) {
			Assertions.assertThat(this.status).as("status of %s", this).isEqualTo(status);
			return this;
		}

		/** The first value of a header. */
		public Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

		public List<String> headers(String name) {
			return this.headers.getOrDefault(name, List.of());
		}

		public Map<String, List<String>> headers() {
			return this.headers;
		}

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public byte[] bytes() {
			return this.bytes;
		}

		public Document document() {
			return Jsoup.parse(body());
		}

		public JsonContent json() {
			return new JsonContent(body());
		}

		/** Where a redirect leads, as the {@code Location} header says. */
		public String location() {
			return header("Location").orElseThrow(() -> new AssertionError("No redirect: status " + this.status));
		}

		/** Where a redirect leads, without scheme and host. */
		public String redirectPath() {
			return location().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+", "");
		}

		/** The last segment of a redirect's path: the token of what was just created. */
		public String redirectToken() {
			return URI.create(location()).getPath().replaceAll(".*/", "");
		}

		/** The {@code Set-Cookie} headers, as sent. */
		public List<String> setCookies() {
			return headers("Set-Cookie");
		}

		/** The cookies this answer sets. */
		public List<Cookie> cookies() {
			return this.cookies;
		}

		/** The cookie of that name this answer sets, or null. */
		public Cookie cookie(String name) {
			return this.cookies.stream().filter((cookie) -> cookie.name().equals(name)).findFirst().orElse(null);
		}

		/**
		 * The MockMvc result, for what only an in-process call shows (flash attributes,
		 * the request).
		 */
		public MvcTestResult mvc() {
			if (this.mvc == null) {
				throw new UnsupportedOperationException("Not an in-process answer");
			}
			return this.mvc;
		}

		@Override
		public ResponseAssert assertThat() {
			return new ResponseAssert(this);
		}

		@Override
		public String toString() {
			return this.status + " " + this.headers;
		}

	}

	/** Assertions on an answer, named as MockMvc's. */
	public static final class ResponseAssert extends AbstractObjectAssert<ResponseAssert, Response> {

		ResponseAssert(Response response) {
			super(response, ResponseAssert.class);
		}

		public ResponseAssert hasStatus(int status) {
			Assertions.assertThat(this.actual.status()).as(descriptionText()).isEqualTo(status);
			return this;
		}

		public ResponseAssert hasStatus(HttpStatus status) {
			return hasStatus(status.value());
		}

		public ResponseAssert hasStatusOk() {
			return hasStatus(HttpStatus.OK);
		}

		public ResponseAssert hasRedirectedUrl(String url) {
			Assertions.assertThat(this.actual.header("Location")).as(descriptionText()).contains(url);
			return this;
		}

		/** The header's first value is the given one. */
		public ResponseAssert hasHeader(String name, String value) {
			Assertions.assertThat(this.actual.header(name)).as(descriptionText() + " " + name).contains(value);
			return this;
		}

		public ResponseAssert hasContentType(MediaType type) {
			Assertions.assertThat(this.actual.header("Content-Type").map(MediaType::parseMediaType))
				.as(descriptionText())
				.contains(type);
			return this;
		}

		public ResponseAssert hasContentTypeCompatibleWith(String type) {
			MediaType contentType = MediaType.parseMediaType(this.actual.header("Content-Type").orElse("*/*"));
			Assertions.assertThat(contentType.isCompatibleWith(MediaType.parseMediaType(type)))
				.as("%s is compatible with %s", contentType, type)
				.isTrue();
			return this;
		}

		public AbstractStringAssert<?> bodyText() {
			return Assertions.assertThat(this.actual.body());
		}

		public JsonContentAssert bodyJson() {
			return this.actual.json().assertThat();
		}

	}

	/** A cookie as a {@code Set-Cookie} header sets it. */
	public record Cookie(String name, String value, Map<String, String> attributes) {

		static Cookie parse(String header) {
			String[] parts = header.split(";");
			String pair = parts[0].strip();
			Map<String, String> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < parts.length; i++) {
				String attribute = parts[i].strip();
				int equals = attribute.indexOf('=');
				attributes.put((equals < 0) ? attribute : attribute.substring(0, equals),
						(equals < 0) ? "" : attribute.substring(equals + 1));
			}
			int equals = pair.indexOf('=');
			return new Cookie(pair.substring(0, equals), pair.substring(equals + 1), attributes);
		}

		/** The {@code Max-Age} in seconds, -1 for a cookie that ends with the browser. */
		public long maxAge() {
			String maxAge = this.attributes.get("Max-Age");
			return (maxAge != null) ? Long.parseLong(maxAge) : -1;
		}

		public boolean httpOnly() {
			return this.attributes.containsKey("HttpOnly");
		}

		public boolean secure() {
			return this.attributes.containsKey("Secure");
		}

		/** An attribute's value ({@code SameSite}, say), or null. */
		public String attribute(String name) {
			return this.attributes.get(name);
		}

	}

	/** A server-sent event stream, read one event name at a time. */
	public static final class EventStream implements AutoCloseable {

		private final InputStream body;

		private final BufferedReader reader;

		EventStream(InputStream body) {
			this.body = body;
			this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		}

		/** The name of the next event, or null once the stream has ended. */
		public String next() {
			try {
				String line;
				while ((line = this.reader.readLine()) != null) {
					if (line.startsWith("event:")) {
						return line.substring("event:".length()).strip();
					}
				}
				return null;
			}
			catch (IOException ex) {
				return null;
			}
		}

		/** The name of the next event, which must come within the given time. */
		public String next(Duration within) throws Exception {
			return CompletableFuture.supplyAsync(this::next).get(within.toMillis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public void close() throws IOException {
			this.body.close();
		}

	}

	/** A request as the browser sends it: its headers, cookies and fields resolved. */
	private record Exchange(String method, String path, List<String[]> headers, Map<String, String> cookies,
			List<String[]> fields, boolean multipart, FilePart file, String contentType, byte[] body,
			String remoteAddress) {

	}

	private interface Transport {

		String base();

		Response exchange(Exchange exchange);

	}

	private static final class HttpTransport implements Transport {

		private final String base;

		private final HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpTransport(String base) {
			this.base = base;
		}

		@Override
		public String base() {
			return this.base;
		}

		URI uri(String path) {
			return URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : this.base + path);
		}

		@Override
		public Response exchange(Exchange exchange) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(exchange.path())).timeout(Duration.ofMinutes(1));
			exchange.headers().forEach((header) -> request.header(header[0], header[1]));
			cookieHeader(exchange.cookies()).ifPresent((cookie) -> request.header("Cookie", cookie));
			HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
			if (exchange.body() != null) {
				request.header("Content-Type", exchange.contentType());
				body = HttpRequest.BodyPublishers.ofByteArray(exchange.body());
			}
			else if (exchange.multipart()) {
				String boundary = "----" + UUID.randomUUID();
				request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
				body = HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, exchange.fields(), exchange.file()));
			}
			else if (!exchange.fields().isEmpty() || exchange.method().equals("POST")) {
				request.header("Content-Type", "application/x-www-form-urlencoded");
				body = HttpRequest.BodyPublishers.ofString(exchange.fields()
					.stream()
					.map((field) -> encode(field[0]) + "=" + encode(field[1]))
					.collect(Collectors.joining("&")));
			}
			request.method(exchange.method(), body);
			try {
				HttpResponse<byte[]> response = this.client.send(request.build(),
						HttpResponse.BodyHandlers.ofByteArray());
				return new Response(response.statusCode(), response.headers().map(), response.body(), null, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static byte[] multipart(String boundary, List<String[]> fields, FilePart file) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (String[] field : fields) {
				write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
						+ field[1] + "\r\n");
			}
			if (file != null) {
				write(body,
						"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
								+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
								+ "\r\n\r\n");
				body.writeBytes(file.bytes());
				write(body, "\r\n");
			}
			write(body, "--" + boundary + "--\r\n");
			return body.toByteArray();
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	private static final class MockMvcTransport implements Transport {

		private final MockMvcTester mvc;

		MockMvcTransport(MockMvc mvc) {
			this.mvc = MockMvcTester.create(mvc);
		}

		@Override
		public String base() {
			return "http://localhost";
		}

		@Override
		public Response exchange(Exchange exchange) {
			HttpMethod method = HttpMethod.valueOf(exchange.method());
			URI uri = URI.create(exchange.path());
			AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(method, uri);
			if (exchange.multipart()) {
				MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, uri);
				FilePart file = exchange.file();
				if (file != null) {
					multipart
						.file(new MockMultipartFile(file.field(), file.fileName(), file.contentType(), file.bytes()));
				}
				request = multipart;
			}
			for (String[] header : exchange.headers()) {
				request.header(header[0], header[1]);
			}
			if (!exchange.cookies().isEmpty()) {
				request.cookie(exchange.cookies()
					.entrySet()
					.stream()
					.map((cookie) -> new jakarta.servlet.http.Cookie(cookie.getKey(), cookie.getValue()))
					.toArray(jakarta.servlet.http.Cookie[]::new));
			}
			for (String[] field : exchange.fields()) {
				request.param(field[0], field[1]);
			}
			if (exchange.body() != null) {
				request.contentType(exchange.contentType()).content(exchange.body());
			}
			if (exchange.remoteAddress() != null) {
				request.with((servletRequest) -> {
					servletRequest.setRemoteAddr(exchange.remoteAddress());
					return servletRequest;
				});
			}
			MvcTestResult result = completed(this.mvc.perform(request));
			if (result.getRequest().isAsyncStarted() && !isEventStream(result.getResponse())) {
				result.getMvcResult().getAsyncResult(-1);
				result = completed(this.mvc.perform(MockMvcRequestBuilders.asyncDispatch(result.getMvcResult())));
			}
			MockHttpServletResponse response = result.getResponse();
			Map<String, List<String>> headers = new LinkedHashMap<>();
			response.getHeaderNames().forEach((name) -> headers.put(name, response.getHeaders(name)));
			List<Cookie> cookies = Stream.of(response.getCookies()).map(MockMvcTransport::cookie).toList();
			return new Response(response.getStatus(), headers, response.getContentAsByteArray(), cookies, result);
		}

		/**
		 * A cookie as the application made it: its {@code Set-Cookie} header in MockMvc
		 * leaves out attributes such as {@code SameSite}.
		 */
		private static Cookie cookie(jakarta.servlet.http.Cookie cookie) {
			Map<String, String> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			attributes.putAll(cookie.getAttributes());
			if (cookie.getMaxAge() >= 0) {
				attributes.put("Max-Age", String.valueOf(cookie.getMaxAge()));
			}
			if (cookie.isHttpOnly()) {
				attributes.put("HttpOnly", "");
			}
			if (cookie.getSecure()) {
				attributes.put("Secure", "");
			}
			if (cookie instanceof MockCookie mock && mock.getSameSite() != null) {
				attributes.put("SameSite", mock.getSameSite());
			}
			return new Cookie(cookie.getName(), cookie.getValue(), attributes);
		}

		private static MvcTestResult completed(MvcTestResult result) {
			if (result.getUnresolvedException() != null) {
				throw new AssertionError("Request failed: " + result.getUnresolvedException(),
						result.getUnresolvedException());
			}
			return result;
		}

		/** An event stream is left open, as a browser leaves it, instead of awaited. */
		private static boolean isEventStream(MockHttpServletResponse response) {
			String type = response.getContentType();
			return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
		}

	}

}
