package app.mockinterview.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Runs one query on a fresh in-memory DuckDB database holding one data set. The database
 * is opened locked down: no file, network or extension access, one thread, a memory
 * limit, nothing spilled to disk, and the configuration locked, all before any SQL runs.
 * The statement is cancelled at the time limit, and at most {@code maxRows + 1} rows are
 * read.
 */
final class SqlSandbox {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "sql-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private static final Pattern LINE = Pattern.compile("LINE (\\d+): (.*)\\n( *)\\^", Pattern.DOTALL);

	private static final Pattern CONVERT = Pattern.compile("Could not convert string (?:'([^']*)'|\"([^\"]*)\")");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SqlProperties limits;

	SqlSandbox(SqlProperties limits) {
		this.limits = limits;
	}

	/** A data set that could not be loaded: the file and line, and why. */
	static final class LoadException extends Exception {

		private final String path;

		private final int line;

		LoadException(String path, int line, String message) {
			super(message);
			this.path = path;
			this.line = line;
		}

		String path() {
			return this.path;
		}

		int line() {
			return this.line;
		}

	}

	/**
	 * Runs {@code sql} on a database loaded with {@code data}.
	 * @throws SqlQueryException the query failed, ran too long or returned no rows
	 * @throws LoadException the data set does not load (a content problem)
	 */
	QueryResult run(SqlExercise exercise, DataSet data, String sql) throws SqlQueryException, LoadException {
		if (sql.isBlank()) {
			throw new SqlQueryException("Write a query first.");
		}
		if (sql.length() > this.limits.maxQueryChars()) {
			throw new SqlQueryException("The query is too long (" + sql.length() + " characters, at most "
					+ this.limits.maxQueryChars() + ").");
		}
		try {
			return execute(exercise, data, sql, true, 0);
		}
		catch (OpaqueFailure ex) {
			// DuckDB's JDBC driver reports an error met while streaming a result as
			// "Invalid result set"; running the statement again unstreamed gives the
			// engine's own message (streaming keeps the memory of large results bounded).
			try {
				return execute(exercise, data, sql, false, ex.deadline);
			}
			catch (OpaqueFailure again) {
				throw new SqlQueryException(again.getMessage());
			}
		}
	}

	/** Loads the data set into a fresh database, for the validator. */
	void load(SqlExercise exercise, DataSet data) throws LoadException {
		try (DuckDBConnection connection = open(false)) {
			load(connection, exercise, data);
		}
		catch (SQLException ex) {
			throw new LoadException(data.path(), 1, "the sandbox could not start: " + firstLine(ex.getMessage()));
		}
	}

	/**
	 * A failure whose message the driver lost; the repeat keeps the first run's deadline.
	 */
	private static final class OpaqueFailure extends Exception {

		private final long deadline;

		OpaqueFailure(String message, long deadline) {
			super(message);
			this.deadline = deadline;
		}

	}

	/**
	 * @param deadline when the statement must have finished, or 0 to count the limit from
	 * its start: the first database of a process also loads the native library, and
	 * loading a data set is bounded by its size
	 */
	private QueryResult execute(SqlExercise exercise, DataSet data, String sql, boolean stream, long deadline)
			throws SqlQueryException, LoadException, OpaqueFailure {
		try (DuckDBConnection connection = open(stream)) {
			load(connection, exercise, data);
			return query(connection, sql, stream,
					(deadline != 0) ? deadline : System.nanoTime() + this.limits.timeout().toNanos());
		}
		catch (SQLException ex) {
			throw new SqlQueryException("The sandbox could not start: " + firstLine(ex.getMessage()));
		}
	}

	private DuckDBConnection open(boolean stream) throws SQLException {
		Properties config = new Properties();
		config.setProperty("enable_external_access", "false");
		config.setProperty("autoinstall_known_extensions", "false");
		config.setProperty("autoload_known_extensions", "false");
		config.setProperty("allow_community_extensions", "false");
		config.setProperty("threads", "1");
		config.setProperty("memory_limit", this.limits.memoryLimit());
		config.setProperty("max_temp_directory_size", "0B");
		config.setProperty("temp_directory", "");
		config.setProperty("lock_configuration", "true");
		if (stream) {
			config.setProperty("jdbc_stream_results", "true");
		}
		return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", config);
	}

	private void load(DuckDBConnection connection, SqlExercise exercise, DataSet data) throws LoadException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(exercise.schemaSql());
		}
		catch (SQLException ex) {
			throw new LoadException(data.path(), 1, "schema.sql does not run: " + firstLine(ex.getMessage()));
		}
		for (CsvTable table : data.tables()) {
			String path = data.path() + "/" + table.table() + ".csv";
			String staging = quote("load_" + table.table());
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < table.header().size(); i++) {
				columns.add(quote("c" + i) + " VARCHAR");
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE " + staging + " (" + String.join(", ", columns) + ")");
				try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
						"load_" + table.table())) {
					for (int row = 0; row < table.rows().size(); row++) {
						List<String> values = table.rows().get(row);
						if (values.size() != table.header().size()) {
							throw new LoadException(path, table.lines().get(row),
									"the row has " + values.size() + " fields, the header " + table.header().size());
						}
						appender.beginRow();
						for (String value : values) {
							if (value == null) {
								appender.appendNull();
							}
							else {
								appender.append(value);
							}
						}
						appender.endRow();
					}
				}
				String names = String.join(", ", table.header().stream().map(SqlSandbox::quote).toList());
				statement.execute("INSERT INTO " + quote(table.table()) + " (" + names + ") SELECT * FROM " + staging);
				statement.execute("DROP TABLE " + staging);
			}
			catch (SQLException ex) {
				throw new LoadException(path, offendingLine(table, ex.getMessage()),
						"table " + table.table() + " does not load: " + firstLine(ex.getMessage()));
			}
		}
	}

	private static int offendingLine(CsvTable table, String message) {
		Matcher matcher = CONVERT.matcher(String.valueOf(message));
		if (matcher.find()) {
			String value = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			for (int row = 0; row < table.rows().size(); row++) {
				if (table.rows().get(row).contains(value)) {
					return table.lines().get(row);
				}
			}
		}
		return 1;
	}

	private QueryResult query(DuckDBConnection connection, String sql, boolean stream, long deadline)
			throws SqlQueryException, OpaqueFailure {
		long remaining = deadline - System.nanoTime();
		if (remaining <= 0) {
			throw timeoutError();
		}
		AtomicBoolean cancelled = new AtomicBoolean();
		try (Statement statement = connection.createStatement()) {
			ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
				cancelled.set(true);
				cancel(statement);
			}, remaining, TimeUnit.NANOSECONDS);
			long started = System.nanoTime();
			try {
				if (!statement.execute(sql)) {
					throw new SqlQueryException(
							"The statement returned no rows: write one query (SELECT, or WITH ... SELECT).");
				}
				try (ResultSet rows = statement.getResultSet()) {
					return read(rows, started);
				}
			}
			finally {
				watchdog.cancel(false);
			}
		}
		catch (SQLException ex) {
			if (cancelled.get()) {
				throw timeoutError();
			}
			String message = String.valueOf(ex.getMessage());
			if (stream && message.contains("Invalid result set")) {
				throw new OpaqueFailure("The query failed while its rows were read.", deadline);
			}
			throw engineError(message);
		}
	}

	SqlQueryException timeoutError() {
		return new SqlQueryException("The query ran longer than " + this.limits.timeout().toSeconds()
				+ " s and was stopped. Look for a join without a condition or a recursion that never ends.");
	}

	private static void cancel(Statement statement) {
		try {
			statement.cancel();
		}
		catch (SQLException ex) {
			// The statement has finished or was closed meanwhile: nothing left to stop.
		}
	}

	private QueryResult read(ResultSet rows, long started) throws SQLException {
		ResultSetMetaData meta = rows.getMetaData();
		int count = meta.getColumnCount();
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			columns.add(meta.getColumnLabel(i));
		}
		List<List<Object>> values = new ArrayList<>();
		boolean more = false;
		while (rows.next()) {
			if (values.size() >= this.limits.maxRows()) {
				more = true;
				break;
			}
			List<Object> row = new ArrayList<>(count);
			for (int i = 1; i <= count; i++) {
				row.add(value(rows, i));
			}
			values.add(Collections.unmodifiableList(row));
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		return new QueryResult(List.copyOf(columns), Collections.unmodifiableList(values), more, millis);
	}

	private static Object value(ResultSet rows, int column) throws SQLException {
		Object value = rows.getObject(column);
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return (Double.isFinite(number)) ? new BigDecimal(Double.toString(number)) : Double.toString(number);
		}
		if (value instanceof BigInteger number) {
			return new BigDecimal(number);
		}
		if (value instanceof Number number) {
			return BigDecimal.valueOf(number.longValue());
		}
		if (value instanceof Boolean) {
			return value;
		}
		if (value instanceof Timestamp timestamp) {
			LocalDateTime time = timestamp.toLocalDateTime();
			String text = time.format(TIMESTAMP);
			return (time.getNano() == 0) ? text : text + String.format(Locale.ROOT, ".%06d", time.getNano() / 1000);
		}
		return rows.getString(column);
	}

	/** The engine's message, with the line and column its caret points at. */
	static SqlQueryException engineError(String message) {
		String text = message.replace("\r", "");
		int line = 0;
		int column = 0;
		Matcher matcher = LINE.matcher(text);
		if (matcher.find()) {
			line = Integer.parseInt(matcher.group(1));
			String shown = matcher.group(2);
			int prefix = ("LINE " + matcher.group(1) + ": ").length();
			if (!shown.startsWith("...")) {
				column = Math.max(1, matcher.group(3).length() - prefix + 1);
			}
		}
		String summary = text.contains("Out of Memory Error")
				? firstLine(text) + " The sandbox's memory is limited: the query holds too much at once."
				: stripHints(text);
		return new SqlQueryException(summary, line, column);
	}

	/** Drops DuckDB's advice to change settings, which the sandbox does not allow. */
	private static String stripHints(String text) {
		int hints = text.indexOf("\n\nPossible solutions:");
		return ((hints >= 0) ? text.substring(0, hints) : text).strip();
	}

	private static String firstLine(String message) {
		String text = String.valueOf(message).strip();
		int end = text.indexOf('\n');
		return (end >= 0) ? text.substring(0, end) : text;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
