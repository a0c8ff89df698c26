package app.mockinterview.sql;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small exercise built in code, and a runner over it without Spring. */
final class SqlFixtures {

	static final String SCHEMA = """
			CREATE TABLE orders (
			  order_id INTEGER,
			  customer VARCHAR,
			  amount DECIMAL(10, 2),
			  ordered_on DATE
			);
			""";

	static final String SOLUTION = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer";

	private SqlFixtures() {
	}

	static SqlProperties limits(Duration timeout, int workers, int queue) {
		return new SqlProperties(timeout, "128MB", 10_000, 200, 10_000, workers, queue);
	}

	static CsvTable orders(String csv) {
		return CsvTable.parse("orders", csv);
	}

	static SqlExercise exercise(boolean ordered) {
		DataSet sample = new DataSet("sample", false, "sample", List.of(orders("""
				order_id,customer,amount,ordered_on
				1,ada,10.50,2024-01-01
				2,ada,4.50,2024-01-02
				3,bob,7.00,2024-01-02
				""")));
		DataSet nulls = new DataSet("nulls", true, "hidden-nulls", List.of(orders("""
				order_id,customer,amount,ordered_on
				1,ada,10.50,2024-01-01
				2,,3.00,2024-01-02
				3,bob,,2024-01-02
				""")));
		DataSet empty = new DataSet("empty", true, "hidden-empty",
				List.of(orders("order_id,customer,amount,ordered_on\n")));
		return new SqlExercise("orders-per-customer", SCHEMA, List.of("orders"), sample, List.of(nulls, empty),
				SOLUTION, ordered, SqlExercise.DEFAULT_TOLERANCE, "fixture-" + ordered);
	}

	static SqlRunner runner(SqlExercise exercise, SqlProperties limits) {
		SqlExercises exercises = new SqlExercises(null, limits, null) {
			@Override
			Optional<SqlExercise> find(String questionId) {
				return exercise.questionId().equals(questionId) ? Optional.of(exercise) : Optional.empty();
			}
		};
		return new SqlRunner(exercises, limits);
	}

}
