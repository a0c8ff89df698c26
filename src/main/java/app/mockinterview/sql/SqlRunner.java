package app.mockinterview.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs candidates' queries in the sandbox on a small, bounded pool, so that SQL can never
 * hold more than a few request threads: when every worker is busy and the short queue is
 * full, a run is refused at once ("busy, try again in a moment").
 */
@Component
public class SqlRunner implements DisposableBean {

	static final String BUSY = "The SQL runner is busy: try again in a moment.";

	/** Longest query kept with an attempt or interview (like notes, 100 KB). */
	public static final int MAX_SAVED_CHARS = 100_000;

	/** Sample rows shown per table with the schema. */
	private static final int SAMPLE_ROWS = 5;

	private static final int EXPECTED_CACHE_ENTRIES = 500;

	private final SqlExercises exercises;

	private static final Logger logger = LoggerFactory.getLogger(SqlRunner.class);

	private final SqlProperties limits;

	private final SqlSandbox sandbox;

	private final ThreadPoolExecutor pool;

	/** The model solution's results, by exercise version and data set. */
	private final Map<String, QueryResult> expected = new ConcurrentHashMap<>();

	SqlRunner(SqlExercises exercises, SqlProperties limits) {
		this.exercises = exercises;
		this.limits = limits;
		this.sandbox = new SqlSandbox(limits);
		AtomicInteger threads = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(limits.workerCount(), limits.workerCount(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, limits.queue())), (task) -> {
					Thread thread = new Thread(task, "sql-runner-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
		logger.info("SQL runner: {} workers, {} waiting at most", limits.workerCount(), Math.max(1, limits.queue()));
	}

	/** The schema and sample rows of this question's exercise, if it is one. */
	public Optional<SqlExerciseView> exercise(String questionId) {
		return this.exercises.find(questionId).map(SqlRunner::view);
	}

	public boolean isExercise(String questionId) {
		return this.exercises.find(questionId).isPresent();
	}

	/** The model solution of this question's exercise, if it is one. */
	public Optional<String> solution(String questionId) {
		return this.exercises.find(questionId).map(SqlExercise::solution);
	}

	private static SqlExerciseView view(SqlExercise exercise) {
		List<SqlExerciseView.SampleTable> samples = new ArrayList<>();
		for (CsvTable table : exercise.sample().tables()) {
			List<List<String>> rows = table.rows()
				.stream()
				.limit(SAMPLE_ROWS)
				.map((row) -> row.stream().map((value) -> (value == null) ? "NULL" : value).toList())
				.toList();
			samples.add(new SqlExerciseView.SampleTable(table.table(), table.header(), rows, table.rows().size()));
		}
		return new SqlExerciseView(exercise.questionId(), exercise.schemaSql().strip(), samples, exercise.ordered());
	}

	/** Runs the query on the sample data set. */
	public RunOutcome run(String questionId, String query) {
		SqlExercise exercise = this.exercises.find(questionId)
			.orElseThrow(() -> new IllegalStateException("not a SQL exercise: " + questionId));
		String sql = (query != null) ? query : "";
		Future<RunOutcome> future;
		try {
			future = this.pool.submit(() -> {
				try {
					QueryResult result = this.sandbox.run(exercise, exercise.sample(), sql);
					return new RunOutcome(sql, null, 0, 0, result.columns(),
							result.displayRows(this.limits.rowsShown()), result.rowCount(), result.more(),
							result.millis(), false);
				}
				catch (SqlQueryException ex) {
					return RunOutcome.failed(sql, ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			return RunOutcome.refused(sql);
		}
		try {
			return future.get(this.limits.timeout().toMillis() * 2 + 2000, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return RunOutcome.failed(sql, this.sandbox.timeoutError());
		}
		catch (ExecutionException ex) {
			return RunOutcome.failed(sql, new SqlQueryException("The query could not be run: " + failure(ex)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return RunOutcome.refused(sql);
		}
	}

	/**
	 * Runs the query on every hidden data set and compares it with the model solution.
	 */
	public CheckOutcome check(String questionId, String query) {
		SqlExercise exercise = this.exercises.find(questionId)
			.orElseThrow(() -> new IllegalStateException("not a SQL exercise: " + questionId));
		String sql = (query != null) ? query : "";
		if (sql.isBlank()) {
			return new CheckOutcome(sql, "Write a query first.", false, List.of());
		}
		if (sql.length() > this.limits.maxQueryChars()) {
			return new CheckOutcome(sql, "The query is too long (" + sql.length() + " characters, at most "
					+ this.limits.maxQueryChars() + ").", false, List.of());
		}
		Future<CheckOutcome> future;
		try {
			future = this.pool.submit(() -> checkAll(exercise, sql));
		}
		catch (RejectedExecutionException ex) {
			return CheckOutcome.refused(sql);
		}
		long wait = this.limits.timeout().toMillis() * 2 * (exercise.hidden().size() + 1) + 2000;
		try {
			return future.get(wait, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return new CheckOutcome(sql, this.sandbox.timeoutError().getMessage(), false, List.of());
		}
		catch (ExecutionException ex) {
			return new CheckOutcome(sql, "The checks could not be run: " + failure(ex), false, List.of());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CheckOutcome.refused(sql);
		}
	}

	private CheckOutcome checkAll(SqlExercise exercise, String sql) throws SqlSandbox.LoadException {
		List<CheckOutcome.DataSetCheck> checks = new ArrayList<>();
		for (DataSet data : exercise.hidden()) {
			QueryResult wanted = expected(exercise, data);
			if (wanted == null) {
				checks.add(new CheckOutcome.DataSetCheck(data.name(), false,
						"the model solution fails on this data set: tell the question's author", List.of(), List.of(),
						List.of()));
				continue;
			}
			try {
				QueryResult actual = this.sandbox.run(exercise, data, sql);
				ResultComparison.Difference difference = ResultComparison.compare(wanted, actual, exercise.ordered(),
						exercise.tolerance());
				checks.add(new CheckOutcome.DataSetCheck(data.name(), difference.equal(), difference.summary(),
						difference.missing(), difference.extra(), difference.different()));
			}
			catch (SqlQueryException ex) {
				checks.add(new CheckOutcome.DataSetCheck(data.name(), false, "error: " + ex.getMessage(), List.of(),
						List.of(), List.of()));
			}
		}
		return new CheckOutcome(sql, null, false, List.copyOf(checks));
	}

	private QueryResult expected(SqlExercise exercise, DataSet data) throws SqlSandbox.LoadException {
		String key = exercise.hash() + "/" + data.name();
		QueryResult cached = this.expected.get(key);
		if (cached != null) {
			return cached;
		}
		try {
			QueryResult result = this.sandbox.run(exercise, data, exercise.solution());
			if (this.expected.size() >= EXPECTED_CACHE_ENTRIES) {
				this.expected.clear();
			}
			this.expected.put(key, result);
			return result;
		}
		catch (SqlQueryException ex) {
			return null;
		}
	}

	private static String failure(ExecutionException ex) {
		Throwable cause = ex.getCause();
		return (cause instanceof SqlSandbox.LoadException load) ? load.getMessage()
				: "an internal error (" + cause.getClass().getSimpleName() + ")";
	}

	/** Queries running or waiting, for the benchmark and tests. */
	int inFlight() {
		return this.pool.getActiveCount() + this.pool.getQueue().size();
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
