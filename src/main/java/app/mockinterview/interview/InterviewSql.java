package app.mockinterview.interview;

import java.util.Optional;
import java.util.function.Supplier;

import app.mockinterview.sql.SqlConsoleView;
import app.mockinterview.sql.SqlPanel;
import app.mockinterview.sql.SqlRunner;
import app.mockinterview.sql.SqlWork;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The SQL part of an interview on a SQL exercise: the candidate's workbench (Run on the
 * sample data only: no Check, no model solution, no hidden data) and what the console
 * shows of it. Queries and checks belong to the interview's question at its position.
 */
@Component
class InterviewSql {

	private final SqlRunner runner;

	private final SqlWork work;

	InterviewSql(SqlRunner runner, SqlWork work) {
		this.runner = runner;
		this.work = work;
	}

	static String owner(Interview interview, int position) {
		return SqlWork.interview(interview.getId(), position);
	}

	/**
	 * Adds {@code sql} (unless a run put one there) while the interview runs on a SQL
	 * exercise.
	 */
	void addToRoom(Model model, InterviewViews.Room room, Supplier<Interview> interview) {
		// The interview is looked up only for a SQL exercise: the room costs no query
		// more.
		if (!model.containsAttribute("sql") && room.status() == InterviewStatus.RUNNING
				&& this.runner.isExercise(room.current().id())) {
			candidatePanel(room, interview.get()).ifPresent((panel) -> model.addAttribute("sql", panel));
		}
	}

	Optional<SqlPanel> candidatePanel(InterviewViews.Room room, Interview interview) {
		if (room.status() != InterviewStatus.RUNNING) {
			return Optional.empty();
		}
		String base = "/interviews/c/" + room.token() + "/sql/";
		String owner = owner(interview, room.current().position());
		return this.runner.exercise(room.current().id())
			.map((exercise) -> new SqlPanel(exercise, this.work.query(owner).orElse(""), null, null, base + "run", null,
					base + "query"));
	}

	/** Adds {@code consoleSql} when the console's current question is a SQL exercise. */
	void addToConsole(Model model, InterviewViews.Console console, Supplier<Long> interviewId) {
		if (!this.runner.isExercise(console.current().id())) {
			return;
		}
		String owner = SqlWork.interview(interviewId.get(), console.current().position());
		var checks = this.work.checks(owner);
		model.addAttribute("consoleSql",
				new SqlConsoleView(this.work.query(owner).orElse(""), this.work.latestRun(owner).orElse(null),
						checks.isEmpty() ? null : checks.get(0), "/interviews/i/" + console.token() + "/sql/check"));
	}

}
