package app.mockinterview.question;

import app.mockinterview.system.OnPostgres;

/** On PostgreSQL: the question API's filters, every case of {@link QuestionApiTests}. */
@OnPostgres
class QuestionApiPostgresTests extends QuestionApiTests {

}
