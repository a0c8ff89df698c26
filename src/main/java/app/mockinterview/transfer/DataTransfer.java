package app.mockinterview.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import app.mockinterview.system.DatabaseProduct;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies everything people did with the app (practice profiles and attempts, interviews,
 * notes, scoring sheets and their history, and the questions they refer to) between a
 * database and a JSON file, keeping every id and capability token, so that the data can
 * move to another database, typically from the H2 default to PostgreSQL.
 */
@Component
class DataTransfer {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final Flyway flyway;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	DataTransfer(JdbcTemplate jdbc, TransactionTemplate transaction, DataSource dataSource, Flyway flyway,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.clock = clock;
	}

	/** The rows copied, by table. */
	record Counts(Map<String, Integer> rows) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			this.rows.forEach((table, count) -> text.append(String.format("%-22s %7d%n", table, count)));
			return text.toString();
		}

	}

	Counts exportTo(Path file) {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.transaction.executeWithoutResult((status) -> {
			for (TransferTables table : TransferTables.values()) {
				List<Map<String, Object>> rows = this.jdbc
					.query("select * from " + table.table() + " order by " + table.orderBy(), DataTransfer::readRow);
				tables.put(table.table(), rows);
				counts.put(table.table(), rows.size());
			}
		});
		DataFile data = new DataFile(DataFile.FORMAT, DataFile.VERSION, schemaVersion(),
				this.clock.instant().toString(), tables);
		try (OutputStream out = Files.newOutputStream(file)) {
			this.json.writeValue(out, data);
		}
		catch (IOException | JacksonException ex) {
			throw new DataTransferException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
		return new Counts(counts);
	}

	Counts importFrom(Path file) {
		DataFile data = read(file);
		if (!DataFile.FORMAT.equals(data.format()) || data.version() != DataFile.VERSION || data.tables() == null) {
			throw new DataTransferException(file + " is not a file written by export-data (format " + DataFile.FORMAT
					+ " version " + DataFile.VERSION + ").");
		}
		String schema = schemaVersion();
		if (!schema.equals(data.schemaVersion())) {
			throw new DataTransferException("The file comes from a database at schema version " + data.schemaVersion()
					+ " but this one is at version " + schema
					+ ": export and import with the same version of the app (upgrade the old one first).");
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.transaction.executeWithoutResult((status) -> {
			requireNoUserData();
			Set<String> newQuestions = new HashSet<>();
			boolean rubricEmpty = count("common_criterion") == 0 && count("rating_level") == 0;
			for (TransferTables table : TransferTables.values()) {
				List<Map<String, Object>> rows = data.tables().getOrDefault(table.table(), List.of());
				List<Map<String, Object>> chosen = switch (table.kind()) {
					case QUESTION -> rows.stream().filter((row) -> {
						String id = String.valueOf(row.get("id"));
						boolean absent = this.jdbc.queryForObject("select count(*) from question where id = ?",
								Integer.class, id) == 0;
						if (absent) {
							newQuestions.add(id);
						}
						return absent;
					}).toList();
					case QUESTION_PART -> rows.stream()
						.filter((row) -> newQuestions.contains(String.valueOf(row.get("question_id"))))
						.toList();
					case RUBRIC -> rubricEmpty ? rows : List.of();
					case USER_DATA -> rows;
				};
				insert(table.table(), chosen);
				counts.put(table.table(), chosen.size());
			}
		});
		// After the commit: on H2 a DDL statement would commit the import half-way.
		for (TransferTables table : TransferTables.values()) {
			if (table.generatedId()) {
				moveIdentityPastImportedIds(table.table());
			}
		}
		return new Counts(counts);
	}

	private DataFile read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return this.json.readValue(in, DataFile.class);
		}
		catch (IOException | JacksonException ex) {
			throw new DataTransferException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void requireNoUserData() {
		for (TransferTables table : TransferTables.values()) {
			if (table.kind() == TransferTables.Kind.USER_DATA && count(table.table()) > 0) {
				throw new DataTransferException("The target database already holds data (table " + table.table()
						+ " is not empty): import-data only fills a database without practice or interviews.");
			}
		}
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private String schemaVersion() {
		MigrationInfo current = this.flyway.info().current();
		return (current != null) ? current.getVersion().getVersion() : "none";
	}

	private static Map<String, Object> readRow(ResultSet rs, int rowNum) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
			Object value = switch (meta.getColumnType(i)) {
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
					OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
					yield (time != null) ? time.toInstant().toString() : null;
				}
				case Types.BIGINT -> rs.getLong(i);
				case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
				case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
				default -> rs.getString(i);
			};
			row.put(name, rs.wasNull() ? null : value);
		}
		return row;
	}

	private record Column(String name, int type) {

	}

	private void insert(String table, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Column> columns = this.jdbc.query("select * from " + table + " where 1 = 0", (rs) -> {
			ResultSetMetaData meta = rs.getMetaData();
			List<Column> found = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				found.add(new Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i)));
			}
			return found;
		});
		for (Column column : columns) {
			if (!rows.get(0).containsKey(column.name())) {
				throw new DataTransferException("The file has no column " + table + "." + column.name() + ".");
			}
		}
		String sql = "insert into " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList())
				+ ") values (" + String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
		this.jdbc.batchUpdate(sql, rows, 200, (ps, row) -> {
			for (int i = 0; i < columns.size(); i++) {
				bind(ps, i + 1, columns.get(i), row.get(columns.get(i).name()));
			}
		});
	}

	private static void bind(PreparedStatement ps, int index, Column column, Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, column.type());
			return;
		}
		switch (column.type()) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
				ps.setObject(index, Instant.parse(value.toString()).atOffset(ZoneOffset.UTC));
			case Types.BIGINT -> ps.setLong(index, ((Number) value).longValue());
			case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ps.setInt(index, ((Number) value).intValue());
			case Types.BOOLEAN, Types.BIT -> ps.setBoolean(index, (Boolean) value);
			default -> ps.setString(index, value.toString());
		}
	}

	/**
	 * Rows keep their ids, so the counter that numbers new rows must start after the
	 * largest imported one.
	 */
	private void moveIdentityPastImportedIds(String table) {
		long next = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
		if (DatabaseProduct.isPostgres(this.dataSource)) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), ?, false)", Long.class, table,
					next);
		}
		else {
			this.jdbc.execute("alter table " + table + " alter column id restart with " + next);
		}
	}

}
