package app.mockinterview.practice;

import java.util.Optional;

import app.mockinterview.question.Stage;
import app.mockinterview.sql.SqlPanel;
import app.mockinterview.sql.SqlReview;
import app.mockinterview.sql.SqlRunner;
import app.mockinterview.sql.SqlWork;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The SQL workbench of an attempt on a SQL exercise: shown in the Answer stage, and its
 * query and checks in the review.
 */
@Component
class AttemptSql {

	private final SqlRunner runner;

	private final SqlWork work;

	AttemptSql(SqlRunner runner, SqlWork work) {
		this.runner = runner;
		this.work = work;
	}

	/**
	 * Adds the workbench ({@code sql}, unless a run already put one there) and the
	 * review's SQL part ({@code sqlReview}) of this attempt's page, when it is on a SQL
	 * exercise.
	 */
	void addTo(Model model, AttemptView attempt) {
		if (!model.containsAttribute("sql")) {
			panel(attempt).ifPresent((panel) -> model.addAttribute("sql", panel));
		}
		review(attempt).ifPresent((review) -> model.addAttribute("sqlReview", review));
	}

	/** Keeps the query that came with a stage form (moving on without JavaScript). */
	void keepQuery(String attemptId, String questionId, String query) {
		if (query != null && query.length() <= SqlRunner.MAX_SAVED_CHARS && this.runner.isExercise(questionId)) {
			this.work.saveQuery(SqlWork.practice(attemptId), questionId, query);
		}
	}

	/** The workbench, when the attempt is in the Answer stage of a SQL exercise. */
	Optional<SqlPanel> panel(AttemptView attempt) {
		if (attempt.completed() || attempt.current() != Stage.ANSWER) {
			return Optional.empty();
		}
		String base = "/practice/attempts/" + attempt.id() + "/sql/";
		return this.runner.exercise(attempt.questionId())
			.map((exercise) -> new SqlPanel(exercise, this.work.query(SqlWork.practice(attempt.id())).orElse(""), null,
					null, base + "run", base + "check", base + "query"));
	}

	/** The SQL part of the review, when the attempt is on a SQL exercise. */
	Optional<SqlReview> review(AttemptView attempt) {
		if (attempt.review() == null) {
			return Optional.empty();
		}
		return this.runner.solution(attempt.questionId()).map((solution) -> {
			String owner = SqlWork.practice(attempt.id());
			return new SqlReview(this.work.query(owner).orElse(""), this.work.checks(owner), solution);
		});
	}

}
