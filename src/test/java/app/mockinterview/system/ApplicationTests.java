package app.mockinterview.system;

import java.sql.Connection;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application on a real port: health once the import has run, headers, and
 * error pages.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	app.mockinterview.content.ContentImporter importer;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthIsUpOnceTheContentImportHasRun() throws Exception {
		assertThat(this.importer.lastReport()).isPresent();
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"contentImport\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
	}

	@Test
	void everyPageCarriesStrictSecurityHeaders() throws Exception {
		HttpResponse<String> bank = get("/", "text/html");
		assertThat(bank.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(bank.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(bank.headers().firstValue("Referrer-Policy")).isPresent();
	}

	@Test
	void anUnknownPageGetsTheBrandedNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("We could not find that page");
		assertThat(response.body()).doesNotContain("Exception", "at app.");
	}

	@Test
	void anUnknownQuestionGetsTheBrandedNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/questions/nope", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("We could not find that page");
	}

	/**
	 * A nested class runs on the database of the test run too: on PostgreSQL in the
	 * PostgreSQL run, without being declared again anywhere.
	 */
	@Nested
	class OnTheDatabaseOfTheTestRun {

		@Test
		void nestedTestsUseTheDatabaseOfTheTestRun(@Autowired DataSource dataSource) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				assertThat(connection.getMetaData().getDatabaseProductName())
					.isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
			}
		}

	}

}
