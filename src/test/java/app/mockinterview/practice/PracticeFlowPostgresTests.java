package app.mockinterview.practice;

import app.mockinterview.system.OnPostgres;
import org.junit.jupiter.api.Nested;

/** On PostgreSQL: the solo practice journeys, every case of {@link PracticeFlowTests}. */
@OnPostgres
class PracticeFlowPostgresTests extends PracticeFlowTests {

	// Nested classes are declared again: inherited ones would take their
	// configuration from PracticeFlowTests and run on H2.
	@Nested
	class Autosave extends PracticeFlowTests.Autosave {

	}

	@Nested
	class Review extends PracticeFlowTests.Review {

	}

	@Nested
	class MyPracticePage extends PracticeFlowTests.MyPracticePage {

	}

}
