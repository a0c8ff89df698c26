package app.mockinterview.practice;

import java.util.List;

import app.mockinterview.system.OnPostgres;
import app.mockinterview.system.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An acknowledged save survives a restart on PostgreSQL: both runs use one database
 * created for this test.
 */
@OnPostgres
class PracticePersistencePostgresTests extends PracticePersistenceTests {

	private TestPostgres.Database database;

	@BeforeEach
	void createDatabase() {
		this.database = TestPostgres.createDatabase();
	}

	@AfterEach
	void dropDatabase() {
		this.database.drop();
	}

	@Override
	List<String> databaseArguments() {
		return this.database.arguments();
	}

}
