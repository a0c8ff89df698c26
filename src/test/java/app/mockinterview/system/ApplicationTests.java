package app.mockinterview.system;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

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

	@Test
	void healthIsUpOnceTheContentImportHasRun() {
		assertThat(this.importer.lastReport()).isPresent();
		TestClient.Response health = TestClient.http(this.port).get("/actuator/health", "Accept", "application/json");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"contentImport\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
	}

	@Test
	void everyPageCarriesStrictSecurityHeaders() {
		TestClient.Response bank = TestClient.http(this.port).get("/", "Accept", "text/html");
		assertThat(bank.header("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(bank.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(bank.header("Referrer-Policy")).isPresent();
	}

	@Test
	void anUnknownPageGetsTheBrandedNotFoundPage() {
		TestClient.Response response = TestClient.http(this.port).get("/no/such/page", "Accept", "text/html");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.document().select("h1").text()).isEqualTo("We could not find that page");
		assertThat(response.body()).doesNotContain("Exception", "at app.");
	}

	@Test
	void anUnknownQuestionGetsTheBrandedNotFoundPage() {
		TestClient.Response response = TestClient.http(this.port).get("/questions/nope", "Accept", "text/html");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.document().select("h1").text()).isEqualTo("We could not find that page");
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
