package app.mockinterview.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.mockinterview.notes.AutosaveAnswer;
import app.mockinterview.notes.NotesSave;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.question.Stage;
import app.mockinterview.system.CommitUnavailableException;
import app.mockinterview.system.CreationLimited;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages and forms of one practice attempt. Every form posts and redirects back (PRG);
 * a refused change re-renders the page with the typed text and a message instead.
 */
@Controller
class AttemptController {

	private final PracticeService practice;

	private final AttemptPages pages;

	private final AttemptSql sql;

	AttemptController(PracticeService practice, AttemptPages pages, AttemptSql sql) {
		this.practice = practice;
		this.pages = pages;
		this.sql = sql;
	}

	@PostMapping("/questions/{questionId}/practice")
	@CreationLimited
	String start(@PathVariable String questionId, HttpServletRequest request, HttpServletResponse response) {
		PracticeService.Started started = this.practice.start(ProfileCookie.read(request), questionId);
		ProfileCookie.write(request, response, started.profileId());
		return "redirect:/practice/attempts/" + started.attemptId();
	}

	@GetMapping("/practice/attempts/{id}")
	String page(@PathVariable String id, Model model) {
		AttemptView attempt = this.pages.view(id);
		model.addAttribute("attempt", attempt);
		this.sql.addTo(model, attempt);
		return "practice/attempt";
	}

	@PostMapping("/practice/attempts/{id}/notes")
	String save(@PathVariable String id, StageForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(id, form, model, response, redirect,
				() -> form.edit().map((edit) -> this.practice.saveNotes(id, edit)), "Notes saved.");
	}

	@PostMapping("/practice/attempts/{id}/stage")
	String move(@PathVariable String id, StageForm form, @RequestParam Stage target,
			@RequestParam(required = false) String query, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (query != null) {
			this.sql.keepQuery(id, this.pages.view(id).questionId(), query);
		}
		return apply(id, form, model, response, redirect, () -> this.practice.moveTo(id, form.edit(), target), null);
	}

	@PostMapping("/practice/attempts/{id}/hints")
	String hint(@PathVariable String id, StageForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(id, form, model, response, redirect, () -> this.practice.revealHint(id, form.edit()), null);
	}

	@PostMapping("/practice/attempts/{id}/settings")
	String settings(@PathVariable String id, StageForm form, @RequestParam(defaultValue = "false") boolean relaxed,
			@RequestParam(defaultValue = "false") boolean timerHidden, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(id, form, model, response, redirect,
				() -> this.practice.changeSettings(id, form.edit(), relaxed, timerHidden), "Timer settings saved.");
	}

	@PostMapping("/practice/attempts/{id}/self-score")
	String selfScore(@PathVariable String id, SelfScoreForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AttemptView view = this.pages.view(id);
		if (view.review() == null) {
			return rerender(id, model, response, HttpStatus.CONFLICT,
					List.of("Move to Review before scoring yourself."), null);
		}
		List<String> problems = form.problems(view.review().rubric(), view.review().scale());
		if (!problems.isEmpty()) {
			model.addAttribute("scoreForm", form);
			return rerender(id, model, response, HttpStatus.BAD_REQUEST, problems, null);
		}
		try {
			this.practice.complete(id, form.toScores(view.review().rubric(), view.review().scale()));
		}
		catch (AttemptCompletedException | StageNotReachableException ex) {
			return rerender(id, model, response, HttpStatus.CONFLICT, List.of(ex.getMessage()), null);
		}
		redirect.addFlashAttribute("notice", "Attempt complete. Your self-score is saved on My practice.");
		return "redirect:/practice/attempts/" + id;
	}

	/** The JavaScript autosave: the same fields as the form, answered with JSON. */
	@PostMapping("/practice/attempts/{id}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable String id, @RequestParam Map<String, String> fields) {
		Optional<NotesEdit> edit;
		try {
			edit = StageForm.of(fields).edit();
		}
		catch (IllegalArgumentException ex) {
			// As a form the binder cannot convert: the error page or problem JSON, 400.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The stage or revision is not readable.", ex);
		}
		if (edit.isEmpty()) {
			return AutosaveAnswer.invalid("The save is missing its stage, notes or revision.");
		}
		return AutosaveAnswer.of(() -> this.practice.saveNotes(id, edit.get()), AttemptCompletedException.class,
				"completed");
	}

	private interface Change {

		Optional<NotesSave> apply();

	}

	private String apply(String id, StageForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Change change, String notice) {
		try {
			Optional<NotesSave> saved = change.apply();
			if (saved.filter(NotesSave::isStale).isPresent()) {
				return rerender(id, model, response, HttpStatus.CONFLICT,
						List.of("These notes were changed in another tab or window after this page was loaded, so "
								+ "nothing was changed. Your text is still below: save again to keep it."),
						form);
			}
		}
		catch (NotesTooLargeException ex) {
			return rerender(id, model, response, HttpStatus.PAYLOAD_TOO_LARGE, List.of(ex.getMessage()), form);
		}
		catch (AttemptCompletedException | StageNotReachableException ex) {
			return rerender(id, model, response, HttpStatus.CONFLICT, List.of(ex.getMessage()), form);
		}
		catch (CommitUnavailableException ex) {
			return rerender(id, model, response, HttpStatus.SERVICE_UNAVAILABLE, List.of(ex.getMessage()), form);
		}
		if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
		}
		return "redirect:/practice/attempts/" + id + "#stage-heading";
	}

	private String rerender(String id, Model model, HttpServletResponse response, HttpStatus status,
			List<String> errors, StageForm draft) {
		response.setStatus(status.value());
		AttemptView attempt = this.pages.view(id);
		model.addAttribute("attempt", attempt);
		this.sql.addTo(model, attempt);
		model.addAttribute("errors", errors);
		if (draft != null && draft.notes() != null) {
			model.addAttribute("draft", new NotesEdit(draft.stage(), draft.notes(), 0).notes());
		}
		return "practice/attempt";
	}

}
