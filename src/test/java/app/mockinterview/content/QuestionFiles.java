package app.mockinterview.content;

/**
 * Builds question files for tests: a complete, valid file, and variants with one part
 * replaced.
 */
final class QuestionFiles {

	static final String FRONT_MATTER = """
			---
			id: sql-latest-row
			title: Latest row per key
			difficulty: medium
			area: sql
			kind: concept
			topics: [SQL, Data quality]
			companies:
			  - Example Corp
			  - Café Analytics
			reported: "How do you keep only the newest version of each record?"
			source:
			  name: Example report
			  url: https://example.org/report
			minutes:
			  clarify: 3
			  approach: 6
			  answer: 11
			order: 2
			---
			""";

	static final String BODY = """

			## Prompt

			A table receives every change to a customer. Return only the newest version of each one.

			## What the interviewer evaluates

			- **Window functions**: reaches for `ROW_NUMBER()` with the right partition.
			  - **Strong no**: filters with `GROUP BY` and loses the other columns.
			  - **Lean no**: ranks rows but partitions by the wrong key.
			  - **Lean yes**: ranks within each key, newest first, and keeps rank one.
			  - **Strong yes**: as Lean yes, and says how the query behaves on a billion rows.
			- **Tie handling** — breaks ties when two versions share a timestamp.
			  - **Strong no**: does not see that ties can happen.
			  - **Lean no**: sees ties only when asked.
			  - **Lean yes**: adds a tie-breaker column.
			  - **Strong yes**: picks a tie-breaker that is stable across reruns and says why.

			## Clarify

			- Which column orders the versions?
			- Assume one warehouse query is enough; say so.

			## Approach

			1. Name the key and the ordering column.
			2. Rank rows within each key, newest first.
			3. Keep rank one.

			## Model answer

			### Rank within each key

			```sql
			SELECT * FROM ranked WHERE rn = 1;
			```

			### Why the tie-breaker matters

			Without it the result changes between runs.

			## Follow-ups

			- How would you do this incrementally?

			## Red flags

			- **At most Lean no on Tie handling**: keeps whichever row the engine returns first.
			- **At most Strong no on Window functions**: uses `DISTINCT` on every column.

			## Common wrong answers

			- **`DISTINCT` removes the duplicates**: rows differ in their timestamps, so nothing is removed.
			- **`MAX(updated_at)` in a GROUP BY is enough**: it returns the time, not the rest of the row.

			## What a senior answer adds

			- Asks whether the table can be deduplicated once at load instead of in every query.

			## Version notes

			- `QUALIFY` is DuckDB and Snowflake syntax; portable SQL needs a subquery.

			## Sources

			- [Example report](https://example.org/report)
			""";

	private QuestionFiles() {
	}

	static String valid() {
		return FRONT_MATTER + BODY;
	}

	static String withId(String id) {
		return valid().replace("id: sql-latest-row", "id: " + id);
	}

	static String replacing(String target, String replacement) {
		String text = valid();
		if (!text.contains(target)) {
			throw new IllegalArgumentException("test file does not contain: " + target);
		}
		return text.replace(target, replacement);
	}

}
