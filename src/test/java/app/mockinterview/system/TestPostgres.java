package app.mockinterview.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run on, found once per test run: the server named by
 * {@code TEST_POSTGRES_URL} (with {@code TEST_POSTGRES_USER}, default {@code postgres},
 * and {@code TEST_POSTGRES_PASSWORD}) when it is set, whether or not a Docker engine is
 * there; otherwise a Testcontainers PostgreSQL when a Docker engine is available. Every
 * caller gets a freshly created database of its own, because other test runs may share
 * the server, and drops it when done.
 */
public final class TestPostgres {

	/** The image for Testcontainers and the compose file's version. */
	public static final String IMAGE = "postgres:17-alpine";

	private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

	private static volatile Optional<Server> server;

	private TestPostgres() {
	}

	/** Where the PostgreSQL tests run. */
	enum Source {

		/** The server {@code TEST_POSTGRES_URL} names. */
		CONFIGURED,

		/** A Testcontainers PostgreSQL. */
		TESTCONTAINERS,

		/** None: the PostgreSQL tests cannot run. */
		NONE

	}

	/** An existing server: the URL of a database to connect to for administration. */
	record Server(String url, String user, String password, String description) {

	}

	/** A database created for one test context or test; {@link #drop()} removes it. */
	public record Database(String name, String url, String user, String password,
			Server server) implements AutoCloseable {

		/** Command-line arguments that point an application at this database. */
		public List<String> arguments() {
			return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
					"--spring.datasource.password=" + this.password);
		}

		public void drop() {
			execute(this.server, "drop database if exists \"" + this.name + "\" with (force)");
		}

		@Override
		public void close() {
			drop();
		}

	}

	/** Why PostgreSQL tests cannot run here, when they cannot. */
	public static Optional<String> unavailableReason() {
		if (server().isPresent()) {
			return Optional.empty();
		}
		return Optional.of("TEST_POSTGRES_URL is not set and there is no Docker engine for Testcontainers "
				+ "(for example TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test)");
	}

	public static boolean requiredByCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Creates an empty database on the test server. */
	public static Database createDatabase() {
		Server found = server().orElseThrow(() -> new IllegalStateException(unavailableReason().orElseThrow()));
		String name = "mi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		execute(found, "create database \"" + name + "\" template template0 encoding 'UTF8'");
		Matcher matcher = URL.matcher(found.url());
		if (!matcher.matches()) {
			throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + found.url());
		}
		String url = matcher.group(1) + name + Optional.ofNullable(matcher.group(3)).orElse("");
		return new Database(name, url, found.user(), found.password(), found);
	}

	static Optional<Server> server() {
		Optional<Server> found = server;
		if (found == null) {
			synchronized (TestPostgres.class) {
				found = server;
				if (found == null) {
					found = findServer();
					server = found;
					System.err.println(found.map((s) -> "PostgreSQL tests run on " + s.description())
						.orElseGet(() -> unavailableMessage()));
				}
			}
		}
		return found;
	}

	private static String unavailableMessage() {
		return "PostgreSQL tests skipped: TEST_POSTGRES_URL is not set and there is no Docker engine for Testcontainers"
				+ (requiredByCi() ? " (CI=true: they fail instead)" : "");
	}

	/**
	 * Chooses where the PostgreSQL tests run. A configured server wins: a machine with a
	 * Docker engine that cannot pull the image must still use it. Docker is asked only
	 * without one.
	 */
	static Source choose(Function<String, String> environment, BooleanSupplier dockerAvailable) {
		if (configuredServer(environment).isPresent()) {
			return Source.CONFIGURED;
		}
		return dockerAvailable.getAsBoolean() ? Source.TESTCONTAINERS : Source.NONE;
	}

	/** The server {@code TEST_POSTGRES_URL} names, if it is set. */
	static Optional<Server> configuredServer(Function<String, String> environment) {
		String url = environment.apply("TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		String user = Optional.ofNullable(environment.apply("TEST_POSTGRES_USER")).orElse("postgres");
		String password = Optional.ofNullable(environment.apply("TEST_POSTGRES_PASSWORD")).orElse("");
		return Optional.of(new Server(url, user, password, url + " (TEST_POSTGRES_URL)"));
	}

	/** Whether {@code TEST_POSTGRES_URL} names a server to run on. */
	public static boolean configured() {
		return configuredServer(System::getenv).isPresent();
	}

	private static Optional<Server> findServer() {
		return switch (choose(System::getenv, TestPostgres::dockerAvailable)) {
			case CONFIGURED -> configuredServer(System::getenv);
			case TESTCONTAINERS -> Optional.of(startContainer());
			case NONE -> Optional.empty();
		};
	}

	private static Server startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers " + IMAGE);
	}

	private static boolean dockerAvailable() {
		if ("false".equals(System.getenv("TEST_DOCKER"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void execute(Server server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + server.url() + " refused '"
					+ sql.toLowerCase(Locale.ROOT) + "': " + ex.getMessage(), ex);
		}
	}

}
