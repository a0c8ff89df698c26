package app.mockinterview.interview;

import java.util.Map;

import app.mockinterview.sql.CheckOutcome;
import app.mockinterview.sql.QueryNotAllowedException;
import app.mockinterview.sql.RunOutcome;
import app.mockinterview.sql.SqlPanel;
import app.mockinterview.sql.SqlRunner;
import app.mockinterview.sql.SqlWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * SQL in a paired interview: the candidate runs queries on the sample data (the console
 * follows the query and the latest result live), the interviewer runs the hidden checks
 * on the candidate's current query.
 */
@Controller
class InterviewSqlController {

	private final InterviewService service;

	private final InterviewPages pages;

	private final InterviewEvents events;

	private final InterviewSql sql;

	private final SqlRunner runner;

	private final SqlWork work;

	InterviewSqlController(InterviewService service, InterviewPages pages, InterviewEvents events, InterviewSql sql,
			SqlRunner runner, SqlWork work) {
		this.service = service;
		this.pages = pages;
		this.events = events;
		this.sql = sql;
		this.runner = runner;
		this.work = work;
	}

	@PostMapping("/interviews/c/{token}/sql/run")
	String run(@PathVariable String token, @RequestParam(defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean fragment, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Interview interview = this.service.candidateInterview(token);
		InterviewViews.Room room = this.pages.room(token, ConsoleController.baseUrl(request));
		SqlPanel panel = this.sql.candidatePanel(room, interview)
			.orElseThrow(() -> new QueryNotAllowedException(
					"Queries run while the interview runs, on a question that is a SQL exercise."));
		if (query.length() > SqlRunner.MAX_SAVED_CHARS) {
			throw new QueryNotAllowedException("The query is too long.");
		}
		RunOutcome outcome = this.runner.run(room.current().id(), query);
		this.work.recordRun(InterviewSql.owner(interview, room.current().position()), room.current().id(), outcome);
		this.events.changed(interview.getId());
		if (outcome.busy()) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		model.addAttribute("sql", panel.with(outcome, null));
		if (fragment) {
			return "sql/exercise :: result";
		}
		model.addAttribute("room", room);
		return "interview/candidate";
	}

	/** The candidate's query autosave: the console follows it live. */
	@PostMapping("/interviews/c/{token}/sql/query")
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable String token, @RequestParam(defaultValue = "") String query,
			HttpServletRequest request) {
		Interview interview = this.service.candidateInterview(token);
		InterviewViews.Room room = this.pages.room(token, ConsoleController.baseUrl(request));
		if (this.sql.candidatePanel(room, interview).isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "closed", "message", "The interview is not running a SQL exercise."));
		}
		if (query.length() > SqlRunner.MAX_SAVED_CHARS) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(Map.of("status", "too-large", "message", "The query is too long to save."));
		}
		this.work.saveQuery(InterviewSql.owner(interview, room.current().position()), room.current().id(), query);
		this.events.changed(interview.getId());
		return ResponseEntity.ok(Map.of("status", "saved"));
	}

	/** The interviewer runs the hidden checks on the candidate's current query. */
	@PostMapping("/interviews/i/{token}/sql/check")
	String check(@PathVariable String token, HttpServletRequest request, RedirectAttributes redirect) {
		InterviewViews.Console console = this.pages.console(token, ConsoleController.baseUrl(request));
		String questionId = console.current().id();
		if (!this.runner.isExercise(questionId)) {
			throw new QueryNotAllowedException("The current question is not a SQL exercise.");
		}
		Long interviewId = this.service.interviewIdOf(token);
		String owner = SqlWork.interview(interviewId, console.current().position());
		CheckOutcome outcome = this.runner.check(questionId, this.work.query(owner).orElse(""));
		this.work.recordCheck(owner, questionId, outcome);
		redirect.addFlashAttribute(outcome.failed() ? "error" : "notice",
				outcome.failed() ? outcome.error() : "Hidden checks: " + outcome.summary() + ".");
		return "redirect:/interviews/i/" + token + "#sql-console-heading";
	}

}
