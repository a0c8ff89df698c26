package app.mockinterview.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a candidate's result with the expected one: the same number of columns (names
 * are not compared), and the same rows — in the same order for an ordered exercise, as
 * multisets otherwise. Numbers are equal within the exercise's absolute tolerance, NULL
 * equals NULL.
 */
final class ResultComparison {

	/** Rows of each kind kept for the review; the counts are always complete. */
	static final int ROWS_KEPT = 20;

	private ResultComparison() {
	}

	/**
	 * @param missing expected rows the result lacks
	 * @param extra rows of the result that were not expected
	 * @param different for an ordered exercise, position by position: the expected row
	 * and the one found there
	 */
	record Difference(boolean equal, String summary, int missingCount, int extraCount, int differentCount,
			List<List<String>> missing, List<List<String>> extra, List<List<String>> different) {

		static Difference same() {
			return new Difference(true, "matches", 0, 0, 0, List.of(), List.of(), List.of());
		}

	}

	static Difference compare(QueryResult expected, QueryResult actual, boolean ordered, double tolerance) {
		if (actual.more()) {
			return new Difference(false, "returns more than " + actual.rowCount() + " rows", 0, 0, 0, List.of(),
					List.of(), List.of());
		}
		if (expected.columns().size() != actual.columns().size()) {
			return new Difference(false,
					"returns " + columns(actual.columns().size()) + ", expected " + columns(expected.columns().size()),
					0, 0, 0, List.of(), List.of(), List.of());
		}
		return ordered ? compareOrdered(expected.values(), actual.values(), tolerance)
				: compareUnordered(expected.values(), actual.values(), tolerance);
	}

	private static Difference compareOrdered(List<List<Object>> expected, List<List<Object>> actual, double tolerance) {
		List<List<String>> different = new ArrayList<>();
		int differentCount = 0;
		int common = Math.min(expected.size(), actual.size());
		for (int i = 0; i < common; i++) {
			if (!rowsEqual(expected.get(i), actual.get(i), tolerance)) {
				differentCount++;
				if (different.size() < 2 * ROWS_KEPT) {
					different.add(position(i, "expected", expected.get(i)));
					different.add(position(i, "found", actual.get(i)));
				}
			}
		}
		List<List<String>> missing = keep(expected.subList(common, expected.size()));
		List<List<String>> extra = keep(actual.subList(common, actual.size()));
		int missingCount = expected.size() - common;
		int extraCount = actual.size() - common;
		if (differentCount == 0 && missingCount == 0 && extraCount == 0) {
			return Difference.same();
		}
		return new Difference(false, summary(missingCount, extraCount, differentCount, true), missingCount, extraCount,
				differentCount, missing, extra, different);
	}

	private static List<String> position(int index, String label, List<Object> row) {
		List<String> shown = new ArrayList<>();
		shown.add("row " + (index + 1) + ", " + label);
		shown.addAll(QueryResult.displayRow(row));
		return shown;
	}

	private static Difference compareUnordered(List<List<Object>> expected, List<List<Object>> actual,
			double tolerance) {
		// Exact matches first, by a key with numbers rounded to the tolerance; what is
		// left
		// is matched pairwise within the tolerance (values near a rounding boundary).
		Map<String, List<List<Object>>> unmatched = new LinkedHashMap<>();
		for (List<Object> row : actual) {
			unmatched.computeIfAbsent(key(row, tolerance), (k) -> new ArrayList<>()).add(row);
		}
		List<List<Object>> missing = new ArrayList<>();
		for (List<Object> row : expected) {
			List<List<Object>> candidates = unmatched.get(key(row, tolerance));
			if (candidates != null && !candidates.isEmpty()) {
				candidates.remove(candidates.size() - 1);
			}
			else {
				missing.add(row);
			}
		}
		List<List<Object>> extra = new ArrayList<>();
		unmatched.values().forEach(extra::addAll);
		if (!missing.isEmpty() && !extra.isEmpty() && (long) missing.size() * extra.size() <= 1_000_000L) {
			for (var iterator = missing.iterator(); iterator.hasNext();) {
				List<Object> row = iterator.next();
				for (int j = 0; j < extra.size(); j++) {
					if (rowsEqual(row, extra.get(j), tolerance)) {
						extra.remove(j);
						iterator.remove();
						break;
					}
				}
			}
		}
		if (missing.isEmpty() && extra.isEmpty()) {
			return Difference.same();
		}
		return new Difference(false, summary(missing.size(), extra.size(), 0, false), missing.size(), extra.size(), 0,
				keep(missing), keep(extra), List.of());
	}

	private static List<List<String>> keep(List<List<Object>> rows) {
		return rows.stream().limit(ROWS_KEPT).map(QueryResult::displayRow).toList();
	}

	private static String key(List<Object> row, double tolerance) {
		StringBuilder key = new StringBuilder();
		for (Object value : row) {
			if (value instanceof BigDecimal number) {
				double step = (tolerance > 0) ? tolerance : 1e-12;
				key.append('n').append(Math.round(number.doubleValue() / step));
			}
			else if (value == null) {
				key.append('0');
			}
			else {
				String text = value.toString();
				key.append('s').append(text.length()).append(':').append(text);
			}
			key.append('|');
		}
		return key.toString();
	}

	static boolean rowsEqual(List<Object> expected, List<Object> actual, double tolerance) {
		for (int i = 0; i < expected.size(); i++) {
			if (!valuesEqual(expected.get(i), actual.get(i), tolerance)) {
				return false;
			}
		}
		return true;
	}

	static boolean valuesEqual(Object expected, Object actual, double tolerance) {
		if (expected == null || actual == null) {
			return expected == actual;
		}
		if (expected instanceof BigDecimal a && actual instanceof BigDecimal b) {
			return a.subtract(b).abs().doubleValue() <= tolerance;
		}
		return expected.equals(actual);
	}

	private static String summary(int missing, int extra, int different, boolean ordered) {
		List<String> parts = new ArrayList<>();
		if (different > 0) {
			parts.add(rows(different) + " in the wrong place or with different values");
		}
		if (missing > 0) {
			parts.add(rows(missing) + " missing");
		}
		if (extra > 0) {
			parts.add(rows(extra) + " extra");
		}
		return String.join(", ", parts);
	}

	private static String rows(int count) {
		return count + ((count == 1) ? " row" : " rows");
	}

	private static String columns(int count) {
		return count + ((count == 1) ? " column" : " columns");
	}

}
