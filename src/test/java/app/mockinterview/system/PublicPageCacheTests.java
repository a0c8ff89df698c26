package app.mockinterview.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import app.mockinterview.content.ContentImporter;
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

	@Test
	void anImportThatChangesAQuestionShowsAtOnceOnTheCachedPages() throws Exception {
		TestClient client = TestClient.http(this.port);
		assertThat(client.get("/").body()).contains("Diagnosing and fixing a Spark out-of-memory failure");
		assertThat(client.get("/questions/spark-oom-troubleshooting").body())
			.contains("Diagnosing and fixing a Spark out-of-memory failure");
		Path file = CONTENT.resolve("questions/spark-oom-troubleshooting.md");
		String original = Files.readString(file);
		try {
			Files.writeString(file,
					original.replaceFirst("title: .*", "title: Spark executors keep dying with OutOfMemoryError"));
			this.importer.importContent();
			assertThat(client.get("/").body()).contains("Spark executors keep dying with OutOfMemoryError");
			assertThat(client.get("/questions/spark-oom-troubleshooting").body())
				.contains("Spark executors keep dying with OutOfMemoryError");
			assertThat(client.get("/api/questions").body())
				.contains("Spark executors keep dying with OutOfMemoryError");
		}
		finally {
			Files.writeString(file, original);
			this.importer.importContent();
		}
	}

	@Test
	void theBankRevalidatesWithItsEtagAndComesCompressed() throws Exception {
		TestClient client = TestClient.http(this.port);
		TestClient.Response first = client.get("/");
		String etag = first.header("ETag").orElseThrow();
		assertThat(first.header("Cache-Control")).contains("no-cache");
		assertThat(first.header("Content-Security-Policy")).isPresent();

		TestClient.Response again = client.get("/", "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		TestClient.Response gzip = client.get("/", "Accept-Encoding", "gzip");
		assertThat(gzip.header("Content-Encoding")).contains("gzip");
		assertThat(gunzip(gzip.bytes())).isEqualTo(first.body());
	}

	@Test
	void everyVisitorOfACachedQuestionPageGetsAWorkingFormOfTheirOwn() {
		TestClient ada = TestClient.http(this.port);
		TestClient bob = ada.newBrowser();
		ada.get("/questions/spark-inferschema-1tb");
		ada.get("/questions/spark-inferschema-1tb");
		String adaToken = ada.csrfToken();
		bob.get("/questions/spark-inferschema-1tb");
		String bobToken = bob.csrfToken();
		assertThat(adaToken).isNotBlank().isNotEqualTo(bobToken);
		for (TestClient client : new TestClient[] { ada, bob }) {
			TestClient.Response started = client.post("/questions/spark-inferschema-1tb/practice");
			assertThat(started.status()).isEqualTo(302);
			assertThat(started.header("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains("/practice/attempts/"));
		}
		// Another visitor's token is refused: the cache never hands one visitor's token
		// to another.
		TestClient.Response foreign = bob.postWithoutToken("/questions/spark-inferschema-1tb/practice",
				Map.of("_csrf", adaToken));
		assertThat(foreign.status()).isEqualTo(403);
	}

	@Test
	void stylesheetsAreLinkedByContentHashAndCachedForAYear() {
		TestClient client = TestClient.http(this.port);
		String href = client.get("/").document().select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/app-[0-9a-f]{32}\\.css");
		TestClient.Response css = client.get(href);
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
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
