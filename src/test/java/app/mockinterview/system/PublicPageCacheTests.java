package app.mockinterview.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import app.mockinterview.content.ContentImporter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank and question pages come from a cache that an import empties, revalidate with
 * an ETag, compress, keep each visitor's own CSRF token, and link static files by a
 * content hash that may be cached for a year.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicPageCacheTests {

	static final Path CONTENT = copyOfShippedContent();

	@DynamicPropertySource
	static void contentDirectory(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	ContentImporter importer;

	private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void anImportThatChangesAQuestionShowsAtOnceOnTheCachedPages() throws Exception {
		HttpClient client = browser();
		assertThat(get(client, "/").body()).contains("Diagnosing and fixing a Spark out-of-memory failure");
		assertThat(get(client, "/questions/spark-oom-troubleshooting").body())
			.contains("Diagnosing and fixing a Spark out-of-memory failure");
		Path file = CONTENT.resolve("questions/spark-oom-troubleshooting.md");
		String original = Files.readString(file);
		try {
			Files.writeString(file,
					original.replaceFirst("title: .*", "title: Spark executors keep dying with OutOfMemoryError"));
			this.importer.importContent();
			assertThat(get(client, "/").body()).contains("Spark executors keep dying with OutOfMemoryError");
			assertThat(get(client, "/questions/spark-oom-troubleshooting").body())
				.contains("Spark executors keep dying with OutOfMemoryError");
			assertThat(get(client, "/api/questions").body())
				.contains("Spark executors keep dying with OutOfMemoryError");
		}
		finally {
			Files.writeString(file, original);
			this.importer.importContent();
		}
	}

	@Test
	void theBankRevalidatesWithItsEtagAndComesCompressed() throws Exception {
		HttpClient client = browser();
		HttpResponse<String> first = get(client, "/");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
		assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

		HttpResponse<String> again = get(client, "/", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		HttpResponse<byte[]> gzip = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gunzip(gzip.body())).isEqualTo(first.body());
	}

	@Test
	void everyVisitorOfACachedQuestionPageGetsAWorkingFormOfTheirOwn() throws Exception {
		HttpClient ada = browser();
		HttpClient bob = browser();
		get(ada, "/questions/spark-inferschema-1tb");
		String adaToken = token(get(ada, "/questions/spark-inferschema-1tb").body());
		String bobToken = token(get(bob, "/questions/spark-inferschema-1tb").body());
		assertThat(adaToken).isNotBlank().isNotEqualTo(bobToken);
		for (HttpClient client : new HttpClient[] { ada, bob }) {
			String token = (client == ada) ? adaToken : bobToken;
			HttpResponse<String> started = client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/questions/spark-inferschema-1tb/practice"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(started.statusCode()).isEqualTo(302);
			assertThat(started.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains("/practice/attempts/"));
		}
		// Another visitor's token is refused: the cache never hands one visitor's token
		// to
		// another.
		HttpResponse<String> foreign = bob.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/questions/spark-inferschema-1tb/practice"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(adaToken, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(403);
	}

	@Test
	void stylesheetsAreLinkedByContentHashAndCachedForAYear() throws Exception {
		HttpClient client = browser();
		String href = Jsoup.parse(get(client, "/").body()).select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/app-[0-9a-f]{32}\\.css");
		HttpResponse<String> css = get(client, href);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
	}

	private static String token(String page) {
		return Jsoup.parse(page).select("input[name=_csrf]").val();
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Path copyOfShippedContent() {
		try {
			Path dir = Files.createTempDirectory("page-cache-content");
			FileSystemUtils.copyRecursively(Path.of("content"), dir);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
