package app.mockinterview;

import java.util.ArrayList;
import java.util.List;

import app.mockinterview.system.TestPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * Runs the app on PostgreSQL: {@code ./mvnw spring-boot:test-run}. With
 * {@code TEST_POSTGRES_URL} set (see {@link TestPostgres}), on a database created on that
 * server, whether or not a Docker engine is there; otherwise in a Testcontainers
 * container (needs a Docker engine). The database lives as long as the app runs.
 */
public class TestMockInterviewApplication {

	public static void main(String[] args) {
		if (TestPostgres.configured()) {
			TestPostgres.Database database = TestPostgres.createDatabase();
			Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
			List<String> arguments = new ArrayList<>(List.of(args));
			arguments.addAll(database.arguments());
			SpringApplication.from(MockInterviewApplication::main).run(arguments.toArray(String[]::new));
			return;
		}
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
