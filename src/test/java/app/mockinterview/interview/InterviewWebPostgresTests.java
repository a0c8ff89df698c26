package app.mockinterview.interview;

import app.mockinterview.system.OnPostgres;
import org.junit.jupiter.api.Nested;

/** On PostgreSQL: the interview journeys, every case of {@link InterviewWebTests}. */
@OnPostgres
class InterviewWebPostgresTests extends InterviewWebTests {

	// Nested classes are declared again: inherited ones would take their
	// configuration from InterviewWebTests and run on H2.
	@Nested
	class Scoring extends InterviewWebTests.Scoring {

	}

}
