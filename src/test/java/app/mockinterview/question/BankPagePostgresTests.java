package app.mockinterview.question;

import app.mockinterview.system.OnPostgres;

/** On PostgreSQL: the bank's filters and search, every case of {@link BankPageTests}. */
@OnPostgres
class BankPagePostgresTests extends BankPageTests {

}
