package app.mockinterview;

import app.mockinterview.system.TestPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * Runs the app on PostgreSQL in a container: {@code ./mvnw spring-boot:test-run} (needs a
 * Docker engine). The database lives as long as the app runs.
 */
public class TestMockInterviewApplication {

	public static void main(String[] args) {
		SpringApplication.from(MockInterviewApplication::main).with(PostgresContainer.class).run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PostgresContainer {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return new PostgreSQLContainer(TestPostgres.IMAGE);
		}

	}

}
