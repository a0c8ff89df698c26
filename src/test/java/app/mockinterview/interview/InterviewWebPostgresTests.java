package app.mockinterview.interview;

import app.mockinterview.system.OnPostgres;

/** On PostgreSQL: the interview journeys, every case of {@link InterviewWebTests}. */
@OnPostgres
class InterviewWebPostgresTests extends InterviewWebTests {

}
