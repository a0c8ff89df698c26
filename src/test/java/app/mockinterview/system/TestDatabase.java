package app.mockinterview.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The database of this test run for the {@link DatabaseTest} classes: the test
 * configuration's H2 by default, PostgreSQL with {@code -Dtest.database=postgres} (the
 * Surefire execution {@code postgres} sets it). For a test that starts the application
 * itself, {@link #forApplication(Path)} gives the database to start it on.
 */
public final class TestDatabase implements AutoCloseable {

	/** The system property that chooses the database: {@code h2} or {@code postgres}. */
	public static final String PROPERTY = "test.database";

	/** The tag of {@link DatabaseTest}: run on H2 and again on PostgreSQL. */
	static final String TAG = "database";

	/** The tag of {@link OnPostgres}: run on PostgreSQL only. */
	static final String POSTGRES_ONLY_TAG = "postgres";

	private final List<String> arguments;

	private final TestPostgres.Database postgres;

	private TestDatabase(List<String> arguments, TestPostgres.Database postgres) {
		this.arguments = arguments;
		this.postgres = postgres;
	}

	/** Whether this is the PostgreSQL test run. */
	public static boolean postgres() {
		String database = System.getProperty(PROPERTY, "h2").strip().toLowerCase(Locale.ROOT);
		return switch (database) {
			case "h2", "" -> false;
			case "postgres", "postgresql" -> true;
			default -> throw new IllegalArgumentException(
					"-D" + PROPERTY + "=" + database + ": use h2 (the default) or postgres");
		};
	}

	/**
	 * A database for a test that starts the application itself, kept in an H2 file at the
	 * given path, or on the PostgreSQL run created on the test server (and dropped by
	 * {@link #close()}).
	 */
	public static TestDatabase forApplication(Path h2File) {
		if (postgres()) {
			TestPostgres.Database database = TestPostgres.createDatabase();
			return new TestDatabase(database.arguments(), database);
		}
		return new TestDatabase(List.of("--spring.datasource.url=jdbc:h2:file:" + h2File), null);
	}

	/**
	 * Command-line arguments that point the application at this database: they win over
	 * the test configuration's in-memory database.
	 */
	public List<String> arguments() {
		return this.arguments;
	}

	@Override
	public void close() {
		if (this.postgres != null) {
			this.postgres.drop();
		}
	}

}
