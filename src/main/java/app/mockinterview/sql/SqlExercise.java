package app.mockinterview.sql;

import java.util.List;

/**
 * A question that is a SQL exercise: the tables' schema, a sample data set the candidate
 * sees, hidden data sets with edge cases, and the model solution whose results on each
 * data set a candidate's query must match.
 *
 * @param tables the table names in the order {@code schema.sql} creates them
 * @param ordered whether rows must come in the solution's order
 * @param tolerance largest absolute difference at which two numbers are equal
 * @param hash identifies this version of the exercise (for cached expected results)
 */
record SqlExercise(String questionId, String schemaSql, List<String> tables, DataSet sample, List<DataSet> hidden,
		String solution, boolean ordered, double tolerance, String hash) {

	static final double DEFAULT_TOLERANCE = 0.000001;

}
