package app.mockinterview.question;

import app.mockinterview.system.OnPostgres;
import org.junit.jupiter.api.Nested;

/** On PostgreSQL: the bank's filters and search, every case of {@link BankPageTests}. */
@OnPostgres
class BankPagePostgresTests extends BankPageTests {

	// Nested classes are declared again: inherited ones would take their
	// configuration from BankPageTests and run on H2.
	@Nested
	class QuestionPage extends BankPageTests.QuestionPage {

	}

}
