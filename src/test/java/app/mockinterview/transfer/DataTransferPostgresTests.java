package app.mockinterview.transfer;

import java.util.List;

import app.mockinterview.system.OnPostgres;
import app.mockinterview.system.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The move the issue asks for: from the H2 default to PostgreSQL, through the file, with
 * every case of {@link DataTransferTests}.
 */
@OnPostgres
class DataTransferPostgresTests extends DataTransferTests {

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
	List<String> targetDatabase() {
		return this.database.arguments();
	}

}
