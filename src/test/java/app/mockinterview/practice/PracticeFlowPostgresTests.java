package app.mockinterview.practice;

import app.mockinterview.system.OnPostgres;

/** On PostgreSQL: the solo practice journeys, every case of {@link PracticeFlowTests}. */
@OnPostgres
class PracticeFlowPostgresTests extends PracticeFlowTests {

}
