package app.mockinterview.sql;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a candidate's result is compared with the model solution's. */
class ResultComparisonTests {

	private static QueryResult result(Object[]... rows) {
		int columns = (rows.length > 0) ? rows[0].length : 2;
		List<String> names = java.util.stream.IntStream.range(0, columns).mapToObj((i) -> "c" + i).toList();
		return new QueryResult(names, Arrays.stream(rows).map(Arrays::asList).toList(), false, 1);
	}

	private static Object[] row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number && !(number instanceof BigDecimal)) {
				values[i] = new BigDecimal(number.toString());
			}
		}
		return values;
	}

	@Test
	void unorderedResultsMatchInAnyOrderAndColumnNamesDoNotMatter() {
		QueryResult expected = result(row("ada", 15), row("bob", 7));
		QueryResult actual = new QueryResult(List.of("who", "sum"),
				List.of(List.of("bob", new BigDecimal("7.00")), List.of("ada", new BigDecimal("15.0"))), false, 1);
		assertThat(ResultComparison.compare(expected, actual, false, 1e-6).equal()).isTrue();
		assertThat(ResultComparison.compare(expected, actual, true, 1e-6).equal()).isFalse();
	}

	@Test
	void numbersAreEqualWithinTheTolerance() {
		QueryResult expected = result(row("a", 0.3333333));
		assertThat(ResultComparison.compare(expected, result(row("a", 0.33333334)), false, 1e-6).equal()).isTrue();
		assertThat(ResultComparison.compare(expected, result(row("a", 0.3334)), false, 1e-6).equal()).isFalse();
		assertThat(ResultComparison.compare(expected, result(row("a", 0.3334)), false, 0.001).equal()).isTrue();
		// just across a rounding boundary of the tolerance
		assertThat(ResultComparison.compare(result(row(0.0000004)), result(row(0.0000006)), false, 1e-6).equal())
			.isTrue();
	}

	@Test
	void duplicatesCountAndNullEqualsOnlyNull() {
		QueryResult expected = result(row("a", 1), row("a", 1), row(null, 2));
		ResultComparison.Difference difference = ResultComparison.compare(expected,
				result(row("a", 1), row("", 2), row("a", 1), row("a", 1)), false, 0);
		assertThat(difference.equal()).isFalse();
		assertThat(difference.summary()).isEqualTo("1 row missing, 2 rows extra");
		assertThat(difference.missing()).containsExactly(List.of("NULL", "2"));
		assertThat(difference.extra()).containsExactlyInAnyOrder(List.of("", "2"), List.of("a", "1"));
	}

	@Test
	void orderedResultsReportRowsInTheWrongPlace() {
		QueryResult expected = result(row("a", 1), row("b", 2), row("c", 3));
		ResultComparison.Difference difference = ResultComparison.compare(expected,
				result(row("b", 2), row("a", 1), row("c", 3)), true, 0);
		assertThat(difference.summary()).isEqualTo("2 rows in the wrong place or with different values");
		assertThat(difference.different()).first().isEqualTo(List.of("row 1, expected", "a", "1"));
	}

	@Test
	void aDifferentNumberOfColumnsIsSaidFirst() {
		assertThat(ResultComparison.compare(result(row("a", 1)), result(row("a")), false, 0).summary())
			.isEqualTo("returns 1 column, expected 2 columns");
	}

}
