package app.mockinterview.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the PostgreSQL tests run: a configured server wins over Docker, which is asked
 * only without one.
 */
class TestPostgresTests {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Test
	void aConfiguredServerIsUsedEvenWhereADockerEngineIsAvailable() {
		assertThat(TestPostgres.choose(Map.of("TEST_POSTGRES_URL", URL)::get, () -> {
			throw new AssertionError("Docker was asked although TEST_POSTGRES_URL is set");
		})).isEqualTo(TestPostgres.Source.CONFIGURED);
	}

	@Test
	void withoutAConfiguredServerDockerDecides() {
		assertThat(TestPostgres.choose(Map.<String, String>of()::get, () -> true))
			.isEqualTo(TestPostgres.Source.TESTCONTAINERS);
		assertThat(TestPostgres.choose(Map.of("TEST_POSTGRES_URL", " ")::get, () -> true))
			.isEqualTo(TestPostgres.Source.TESTCONTAINERS);
		assertThat(TestPostgres.choose(Map.<String, String>of()::get, () -> false)).isEqualTo(TestPostgres.Source.NONE);
	}

	@Test
	void theConfiguredServerTakesItsUserAndPasswordFromTheEnvironment() {
		assertThat(TestPostgres.configuredServer(Map.of("TEST_POSTGRES_URL", URL)::get))
			.hasValueSatisfying((server) -> {
				assertThat(server.url()).isEqualTo(URL);
				assertThat(server.user()).isEqualTo("postgres");
				assertThat(server.password()).isEmpty();
			});
		assertThat(TestPostgres.configuredServer(
				Map.of("TEST_POSTGRES_URL", URL, "TEST_POSTGRES_USER", "ci", "TEST_POSTGRES_PASSWORD", "secret")::get))
			.hasValueSatisfying((server) -> {
				assertThat(server.user()).isEqualTo("ci");
				assertThat(server.password()).isEqualTo("secret");
			});
	}

}
