package app.mockinterview.practice;

import java.util.Map;

import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.sql.CheckOutcome;
import app.mockinterview.sql.QueryNotAllowedException;
import app.mockinterview.sql.RunOutcome;
import app.mockinterview.sql.SqlPanel;
import app.mockinterview.sql.SqlRunner;
import app.mockinterview.sql.SqlWork;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Run, Check and the query's autosave on a SQL exercise. Run and Check are buttons of the
 * stage form: they save the notes that came with it and the query, then show the page
 * with the result (or, asked by the page's script with {@code HX-Request}, just the
 * result).
 */
@Controller
class AttemptSqlController {

	private final PracticeService practice;

	private final AttemptPages pages;

	private final AttemptSql sql;

	private final SqlRunner runner;

	private final SqlWork work;

	AttemptSqlController(PracticeService practice, AttemptPages pages, AttemptSql sql, SqlRunner runner, SqlWork work) {
		this.practice = practice;
		this.pages = pages;
		this.sql = sql;
		this.runner = runner;
		this.work = work;
	}

	@PostMapping("/practice/attempts/{id}/sql/run")
	String run(@PathVariable String id, StageForm form, BindingResult result,
			@RequestParam(defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean fragment, Model model,
			HttpServletResponse response) {
		SqlPanel panel = prepare(id, form, result, query, model);
		RunOutcome outcome = this.runner.run(panel.exercise().questionId(), query);
		return show(id, panel.with(outcome, null), outcome.busy(), fragment, model, response);
	}

	@PostMapping("/practice/attempts/{id}/sql/check")
	String check(@PathVariable String id, StageForm form, BindingResult result,
			@RequestParam(defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean fragment, Model model,
			HttpServletResponse response) {
		SqlPanel panel = prepare(id, form, result, query, model);
		CheckOutcome outcome = this.runner.check(panel.exercise().questionId(), query);
		this.work.recordCheck(SqlWork.practice(id), panel.exercise().questionId(), outcome);
		return show(id, panel.with(null, outcome), outcome.busy(), fragment, model, response);
	}

	/** The JavaScript autosave of the query. */
	@PostMapping("/practice/attempts/{id}/sql/query")
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable String id, @RequestParam(defaultValue = "") String query) {
		AttemptView attempt = this.pages.view(id);
		if (this.sql.panel(attempt).isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "closed", "message",
						"Queries are kept in the Answer stage of a SQL exercise, while the attempt is not complete."));
		}
		if (query.length() > SqlRunner.MAX_SAVED_CHARS) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(Map.of("status", "too-large", "message", "The query is too long to save."));
		}
		this.work.saveQuery(SqlWork.practice(id), attempt.questionId(), query);
		return ResponseEntity.ok(Map.of("status", "saved"));
	}

	private SqlPanel prepare(String id, StageForm form, BindingResult result, String query, Model model) {
		FormErrors.refuseUnreadable(result);
		AttemptView attempt = this.pages.view(id);
		SqlPanel panel = this.sql.panel(attempt)
			.orElseThrow(() -> new QueryNotAllowedException(
					"Queries run in the Answer stage of a SQL exercise, while the attempt is not complete."));
		if (query.length() <= SqlRunner.MAX_SAVED_CHARS) {
			this.work.saveQuery(SqlWork.practice(id), attempt.questionId(), query);
		}
		form.edit().ifPresent((edit) -> {
			try {
				if (this.practice.saveNotes(id, edit).isStale()) {
					result.reject("stale", "Your notes were changed in another tab or window: they were not saved "
							+ "with this run. Your text is still below.");
					model.addAttribute("draft", edit.notes());
				}
			}
			catch (NotesTooLargeException ex) {
				result.rejectValue("notes", "size", ex.getMessage());
				model.addAttribute("draft", edit.notes());
			}
		});
		return panel;
	}

	private String show(String id, SqlPanel panel, boolean busy, boolean fragment, Model model,
			HttpServletResponse response) {
		if (busy) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		model.addAttribute("sql", panel);
		if (fragment) {
			return "sql/exercise :: result";
		}
		AttemptView attempt = this.pages.view(id);
		model.addAttribute("attempt", attempt);
		this.sql.addTo(model, attempt);
		return "practice/attempt";
	}

}
