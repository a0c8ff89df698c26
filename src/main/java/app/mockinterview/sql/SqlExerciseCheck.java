package app.mockinterview.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.mockinterview.content.ContentCheck;
import app.mockinterview.content.ContentProblem;

/**
 * Checks the SQL exercises of a content directory: every data set loads, and the model
 * solution runs on every data set and returns at most the row cap. Run by
 * {@code validate} (through {@link java.util.ServiceLoader}) and by the import for
 * exercises that changed.
 */
public final class SqlExerciseCheck implements ContentCheck {

	private final SqlSandbox sandbox;

	public SqlExerciseCheck() {
		this(new SqlSandbox(SqlProperties.defaults()));
	}

	SqlExerciseCheck(SqlSandbox sandbox) {
		this.sandbox = sandbox;
	}

	@Override
	public List<ContentProblem> check(Path root) {
		SqlExerciseReader.Result result = new SqlExerciseReader().read(root);
		List<ContentProblem> problems = new ArrayList<>(result.problems());
		for (SqlExerciseReader.Read read : result.exercises()) {
			problems.addAll(check(read));
		}
		return problems;
	}

	/** The problems of one exercise that was read without errors. */
	List<ContentProblem> check(SqlExerciseReader.Read read) {
		List<ContentProblem> problems = new ArrayList<>();
		SqlExercise exercise = read.exercise();
		List<DataSet> all = new ArrayList<>();
		all.add(exercise.sample());
		all.addAll(exercise.hidden());
		for (DataSet data : all) {
			try {
				QueryResult result = this.sandbox.run(exercise, data, exercise.solution());
				if (result.more()) {
					problems.add(ContentProblem.error(read.questionPath(), read.solutionLine(),
							"the model solution returns more than " + result.rowCount() + " rows on " + data.path()));
				}
			}
			catch (SqlSandbox.LoadException ex) {
				problems.add(ContentProblem.error(ex.path(), ex.line(), ex.getMessage()));
				break;
			}
			catch (SqlQueryException ex) {
				int line = read.solutionLine() + Math.max(ex.line(), 1) - 1;
				problems.add(ContentProblem.error(read.questionPath(), line,
						"the model solution fails on " + data.path() + ": " + oneLine(ex.getMessage())));
			}
		}
		return problems;
	}

	/**
	 * The message without the engine's copy of the query line: the problem names the
	 * line.
	 */
	private static String oneLine(String message) {
		int context = message.indexOf("\nLINE ");
		String text = (context >= 0) ? message.substring(0, context) : message;
		return text.strip().replaceAll("\\s*\\n\\s*", " ");
	}

}
