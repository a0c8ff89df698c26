package app.mockinterview.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox: what a query may not do, each refused with a clear message within the time
 * limit, and the runner keeps answering afterwards.
 */
class SqlSandboxTests {

	private static final Duration LIMIT = Duration.ofSeconds(2);

	private static final SqlExercise EXERCISE = SqlFixtures.exercise(false);

	private static SqlRunner runner;

	@BeforeAll
	static void startRunner() {
		runner = SqlFixtures.runner(EXERCISE, SqlFixtures.limits(LIMIT, 2, 4));
		// The first database of a JVM unpacks the native library: not part of any limit.
		assertThat(runner.run(EXERCISE.questionId(), "SELECT 1").failed()).isFalse();
	}

	@AfterAll
	static void stopRunner() {
		runner.destroy();
	}

	/**
	 * Runs the query and checks that the answer came within the time limit (and a
	 * margin).
	 */
	private static RunOutcome run(String sql) {
		long started = System.nanoTime();
		RunOutcome outcome = runner.run(EXERCISE.questionId(), sql);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(millis).as("answered within the limit").isLessThan(LIMIT.toMillis() + 1500);
		return outcome;
	}

	private static void assertStillServing() {
		RunOutcome outcome = run("SELECT count(*) AS n FROM orders");
		assertThat(outcome.error()).isNull();
		assertThat(outcome.rows()).containsExactly(List.of("3"));
	}

	@Test
	void runsAQueryOnTheSampleData() {
		RunOutcome outcome = run("SELECT customer, sum(amount) AS total FROM orders GROUP BY customer ORDER BY 1");
		assertThat(outcome.error()).isNull();
		assertThat(outcome.columns()).containsExactly("customer", "total");
		assertThat(outcome.rows()).containsExactly(List.of("ada", "15.00"), List.of("bob", "7.00"));
		assertThat(outcome.summary()).matches("2 rows in \\d+ ms");
	}

	@Test
	void everyRunStartsFromTheDataSetAlone() {
		assertThat(run("CREATE TABLE scratch AS SELECT 1 AS x; DELETE FROM orders; SELECT * FROM scratch").error())
			.isNull();
		assertThat(run("SELECT * FROM scratch").error()).contains("scratch").contains("does not exist");
		assertStillServing();
	}

	@Test
	void reportsTheEnginesMessageWithLineAndColumn() {
		RunOutcome outcome = run("SELECT customer,\n  nope\nFROM orders");
		assertThat(outcome.error()).startsWith("Binder Error").contains("nope").doesNotContain("at org.duckdb");
		assertThat(outcome.position()).isEqualTo("line 2, column 3");
		assertThat(run("SELECT 1 FORM orders").error()).startsWith("Parser Error");
	}

	@Test
	void refusesAStatementThatReturnsNoRows() {
		assertThat(run("CREATE TABLE t (a INTEGER)").error()).contains("returned no rows");
	}

	@Nested
	class FilesAndNetwork {

		@Test
		void readCsvIsRefused() {
			assertThat(run("SELECT * FROM read_csv('/etc/passwd')").error()).contains("Permission Error")
				.contains("disabled by configuration");
			assertThat(run("SELECT * FROM read_text('/etc/hostname')").error()).contains("disabled by configuration");
			assertThat(run("SELECT * FROM glob('/etc/*')").error()).contains("disabled by configuration");
			assertThat(run("SELECT * FROM '/etc/passwd'").error()).isNotNull();
			assertStillServing();
		}

		@Test
		void copyToIsRefused(@TempDir Path dir) {
			Path target = dir.resolve("out.csv");
			assertThat(run("COPY orders TO '" + target + "'").error()).contains("disabled by configuration");
			assertThat(run("EXPORT DATABASE '" + dir.resolve("export") + "'").error())
				.contains("disabled by configuration");
			assertThat(target).doesNotExist();
			assertThat(dir.resolve("export")).doesNotExist();
		}

		@Test
		void attachIsRefused(@TempDir Path dir) {
			assertThat(run("ATTACH '" + dir.resolve("other.db") + "' AS other; SELECT 1").error())
				.contains("disabled by configuration");
			assertThat(dir.resolve("other.db")).doesNotExist();
		}

		@Test
		void extensionsCannotBeInstalledOrLoaded() {
			assertThat(run("INSTALL httpfs").error()).contains("Permission Error");
			assertThat(run("LOAD httpfs").error()).contains("disabled");
			assertThat(run("SELECT * FROM read_parquet('https://example.org/x.parquet')").error()).isNotNull();
		}

		@Test
		void environmentVariablesCannotBeRead() {
			assertThat(run("SELECT getenv('HOME')").error()).contains("getenv").contains("does not exist");
			RunOutcome home = run("SELECT current_setting('home_directory') AS home");
			assertThat(home.rows()).containsExactly(List.of(""));
		}

		@Test
		void nothingIsWrittenToTheWorkingDirectory() throws Exception {
			run("SELECT list(range) FROM range(100000000)");
			assertThat(Files.exists(Path.of(".tmp"))).isFalse();
		}

	}

	@Nested
	class Settings {

		@Test
		void setPragmaAndResetAreRefused() {
			for (String sql : List.of("SET threads = 8", "PRAGMA threads = 8", "RESET threads",
					"SET memory_limit = '10GB'", "SET enable_external_access = true", "SET lock_configuration = false",
					"SELECT set_config('threads', '8', false)")) {
				assertThat(run(sql).error()).as(sql).isNotNull();
			}
			assertThat(run("SET threads = 8").error()).contains("the configuration has been locked");
			RunOutcome settings = run(
					"SELECT current_setting('threads') AS t, current_setting('enable_external_access') "
							+ "AS e, current_setting('lock_configuration') AS l");
			assertThat(settings.rows()).containsExactly(List.of("1", "false", "true"));
		}

	}

	@Nested
	class Resources {

		@Test
		void aRecursionThatNeverEndsIsStoppedAtTheLimit() {
			RunOutcome outcome = run(
					"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r");
			assertThat(outcome.error()).contains("ran longer than 2 s and was stopped");
			assertStillServing();
		}

		@Test
		void aCrossJoinOfABillionRowsIsCappedOrStopped() {
			RunOutcome streamed = run("SELECT a.range AS a, b.range AS b FROM range(100000) a, range(10000) b");
			assertThat(streamed.error()).isNull();
			assertThat(streamed.more()).isTrue();
			assertThat(streamed.rows()).hasSize(200);
			assertThat(streamed.summary()).startsWith("first 200 of more than 10,000 rows");
			RunOutcome sorted = run(
					"SELECT a.range AS a, b.range AS b FROM range(100000) a, range(10000) b ORDER BY a DESC, b DESC");
			assertThat(sorted.error()).containsAnyOf("ran longer than", "Out of Memory");
			assertStillServing();
		}

		@Test
		void aQueryThatAllocatesGigabytesRunsOutOfMemoryCleanly() {
			// On a loaded machine the wall-clock limit may stop it first; either way it
			// ends cleanly.
			String error = run("SELECT list(range) FROM range(300000000)").error();
			assertThat(error).satisfiesAnyOf(
					(message) -> assertThat(message).startsWith("Out of Memory Error")
						.contains("memory is limited")
						.doesNotContain("SET memory_limit"),
					(message) -> assertThat(message).startsWith("The query ran longer than"));
			assertThat(run("SELECT string_agg(md5(range::VARCHAR), ',') FROM range(100000000)").error())
				.containsAnyOf("Out of Memory", "ran longer than");
			assertStillServing();
		}

		@Test
		void veryLongSqlIsRefusedBeforeItRuns() {
			String sql = "SELECT 1" + " ".repeat(10_000);
			assertThat(run(sql).error()).contains("too long").contains("at most 10000");
			assertThat(runner.check(EXERCISE.questionId(), sql).error()).contains("too long");
		}

		@Test
		void aHundredConcurrentRunsAreServedOrRefusedAtOnce() throws Exception {
			ExecutorService clients = Executors.newFixedThreadPool(100);
			try {
				List<Callable<RunOutcome>> calls = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					calls.add(() -> runner.run(EXERCISE.questionId(),
							"SELECT count(*) FROM range(3000000) a, range(10) b WHERE a.range % 7 = b.range"));
				}
				long started = System.nanoTime();
				List<Future<RunOutcome>> results = clients.invokeAll(calls, 30, TimeUnit.SECONDS);
				long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				int busy = 0;
				int ran = 0;
				for (Future<RunOutcome> result : results) {
					RunOutcome outcome = result.get();
					if (outcome.busy()) {
						busy++;
						assertThat(outcome.error()).isEqualTo("The SQL runner is busy: try again in a moment.");
					}
					else {
						ran++;
					}
				}
				assertThat(ran).as("the workers and the queue").isBetween(1, 6 + 6);
				assertThat(busy).isGreaterThan(80);
				assertThat(millis).isLessThan(15_000);
			}
			finally {
				clients.shutdownNow();
			}
			assertStillServing();
		}

	}

}
