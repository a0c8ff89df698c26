package app.mockinterview.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import app.mockinterview.content.ContentImportStep;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.question.BankChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The SQL exercises in the database: imported from {@code content/sql} with the questions
 * (only those that changed, and only when their model solution passes on every data set),
 * and read back, parsed once, for runs and checks.
 */
@Component
class SqlExercises implements ContentImportStep {

	private final JdbcTemplate jdbc;

	private final SqlExerciseCheck check;

	private final ApplicationEventPublisher events;

	private final Map<String, Optional<SqlExercise>> cache = new ConcurrentHashMap<>();

	SqlExercises(JdbcTemplate jdbc, SqlProperties limits, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.check = new SqlExerciseCheck(new SqlSandbox(limits));
		this.events = events;
	}

	@Override
	public List<ContentProblem> importContent(Path root) {
		SqlExerciseReader.Result result = new SqlExerciseReader().read(root);
		List<ContentProblem> problems = new ArrayList<>(result.problems());
		boolean changed = false;
		for (SqlExerciseReader.Read read : result.exercises()) {
			SqlExercise exercise = read.exercise();
			List<String> stored = this.jdbc.queryForList("select content_hash from sql_exercise where question_id = ?",
					String.class, exercise.questionId());
			if (stored.contains(exercise.hash())) {
				continue;
			}
			List<ContentProblem> found = this.check.check(read);
			problems.addAll(found);
			if (found.stream().anyMatch(ContentProblem::isError)) {
				continue;
			}
			store(exercise);
			changed = true;
		}
		if (changed) {
			this.events.publishEvent(new BankChanged());
		}
		return problems;
	}

	private void store(SqlExercise exercise) {
		String id = exercise.questionId();
		this.jdbc.update("delete from sql_data_file where question_id = ?", id);
		this.jdbc.update("delete from sql_exercise where question_id = ?", id);
		this.jdbc.update(
				"insert into sql_exercise (question_id, schema_sql, solution_sql, ordered, tolerance, "
						+ "content_hash) values (?, ?, ?, ?, ?, ?)",
				id, exercise.schemaSql(), exercise.solution(), exercise.ordered(), exercise.tolerance(),
				exercise.hash());
		List<DataSet> all = new ArrayList<>();
		all.add(exercise.sample());
		all.addAll(exercise.hidden());
		for (DataSet data : all) {
			int position = 0;
			for (CsvTable table : data.tables()) {
				this.jdbc.update(
						"insert into sql_data_file (question_id, data_set, hidden, table_name, position, csv) "
								+ "values (?, ?, ?, ?, ?, ?)",
						id, (data.hidden() ? "hidden-" : "") + data.name(), data.hidden(), table.table(), position++,
						Csv.write(table));
			}
		}
	}

	/** The exercise of this question, if it is one. */
	Optional<SqlExercise> find(String questionId) {
		Optional<SqlExercise> cached = this.cache.get(questionId);
		if (cached != null) {
			return cached;
		}
		Optional<SqlExercise> loaded = load(questionId);
		this.cache.put(questionId, loaded);
		return loaded;
	}

	@TransactionalEventListener
	void bankChanged(BankChanged event) {
		this.cache.clear();
	}

	private Optional<SqlExercise> load(String questionId) {
		List<SqlExercise> found = this.jdbc.query(
				"select schema_sql, solution_sql, ordered, tolerance, content_hash from sql_exercise "
						+ "where question_id = ?",
				(row, n) -> new SqlExercise(questionId, row.getString(1), List.of(), null, List.of(), row.getString(2),
						row.getBoolean(3), row.getDouble(4), row.getString(5)),
				questionId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SqlExercise head = found.get(0);
		Map<String, List<CsvTable>> tables = new LinkedHashMap<>();
		Map<String, Boolean> hidden = new LinkedHashMap<>();
		this.jdbc.query("select data_set, hidden, table_name, csv from sql_data_file where question_id = ? "
				+ "order by hidden, data_set, position", (row) -> {
					String name = row.getString(1);
					hidden.put(name, row.getBoolean(2));
					tables.computeIfAbsent(name, (k) -> new ArrayList<>())
						.add(CsvTable.parse(row.getString(3), row.getString(4)));
				}, questionId);
		DataSet sample = null;
		List<DataSet> hiddenSets = new ArrayList<>();
		for (Map.Entry<String, List<CsvTable>> entry : tables.entrySet()) {
			String name = entry.getKey();
			if (hidden.get(name)) {
				hiddenSets
					.add(new DataSet(name.substring("hidden-".length()), true, name, List.copyOf(entry.getValue())));
			}
			else {
				sample = new DataSet(name, false, name, List.copyOf(entry.getValue()));
			}
		}
		if (sample == null) {
			return Optional.empty();
		}
		List<String> tableNames = SqlExerciseReader.tables(head.schemaSql());
		return Optional.of(new SqlExercise(questionId, head.schemaSql(), tableNames, sample, List.copyOf(hiddenSets),
				head.solution(), head.ordered(), head.tolerance(), head.hash()));
	}

}
