package app.mockinterview.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.notes.AutosaveAnswer;
import app.mockinterview.notes.NotesSave;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;
import app.mockinterview.system.CommitUnavailableException;
import app.mockinterview.system.CreationLimited;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final AttemptReplay replay;

	AttemptController(PracticeService practice, AttemptPages pages, AttemptSql sql, AttemptReplay replay) {
		this.practice = practice;
		this.pages = pages;
		this.sql = sql;
		this.replay = replay;
	}

	@PostMapping("/questions/{questionId}/practice")
	@CreationLimited
	String start(@PathVariable String questionId, HttpServletRequest request, HttpServletResponse response) {
		PracticeService.Started started = this.practice.start(ProfileCookie.read(request), questionId);
		ProfileCookie.write(request, response, started.profileId());
		return "redirect:/practice/attempts/" + started.attemptId();
	}

	@GetMapping("/practice/attempts/{id}")
	String page(@PathVariable String id, @RequestParam(required = false) Integer at, Model model) {
		AttemptView attempt = this.pages.view(id);
		model.addAttribute("attempt", attempt);
		this.sql.addTo(model, attempt);
		// The replay opens at the review: the stages before it cost no query for it.
		if (attempt.current() == Stage.REVIEW || attempt.completed()) {
			this.replay.of(id, at).ifPresent((replay) -> model.addAttribute("replay", replay));
		}
		return "practice/attempt";
	}

	/** The notes of the review's replay at a minute, for its slider. */
	@GetMapping("/practice/attempts/{id}/replay")
	String replay(@PathVariable String id, @RequestParam(required = false) Integer at, Model model) {
		model.addAttribute("replay", this.replay.of(id, at)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The replay opens at the review.")));
		return "fragments/replay :: moment";
	}

	@PostMapping("/practice/attempts/{id}/notes")
	String save(@PathVariable String id, @Valid StageForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return apply(id, form, result, model, response, redirect,
				() -> form.edit().map((edit) -> this.practice.saveNotes(id, edit)), "Notes saved.");
	}

	@PostMapping("/practice/attempts/{id}/stage")
	String move(@PathVariable String id, @Valid StageForm form, BindingResult result, @RequestParam Stage target,
			@RequestParam(required = false) String query, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (query != null) {
			this.sql.keepQuery(id, this.pages.view(id).questionId(), query);
		}
		return apply(id, form, result, model, response, redirect, () -> this.practice.moveTo(id, form.edit(), target),
				null);
	}

	@PostMapping("/practice/attempts/{id}/hints")
	String hint(@PathVariable String id, @Valid StageForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return apply(id, form, result, model, response, redirect, () -> this.practice.revealHint(id, form.edit()),
				null);
	}

	@PostMapping("/practice/attempts/{id}/settings")
	String settings(@PathVariable String id, @Valid StageForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean relaxed,
			@RequestParam(defaultValue = "false") boolean timerHidden, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(id, form, result, model, response, redirect,
				() -> this.practice.changeSettings(id, form.edit(), relaxed, timerHidden), "Timer settings saved.");
	}

	@PostMapping("/practice/attempts/{id}/self-score")
	String selfScore(@PathVariable String id, @Valid @ModelAttribute("scoreForm") SelfScoreForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		AttemptView view = this.pages.view(id);
		if (view.review() == null) {
			result.reject("not-in-review", "Move to Review before scoring yourself.");
			return rerender(id, model, response, HttpStatus.CONFLICT, null);
		}
		List<RubricCriterion> rubric = view.review().rubric();
		List<Integer> unrated = form.unrated(rubric, view.review().scale());
		if (!unrated.isEmpty()) {
			result.reject("unrated", "Rate every criterion before finishing. Not rated yet: "
					+ String.join(", ", unrated.stream().map((index) -> rubric.get(index).name()).toList()) + ".");
			// Beside each criterion as the page lists it, whatever the form sent.
			unrated.forEach((index) -> result.addError(new FieldError(result.getObjectName(),
					"ratings[" + index + "].rating", "Not rated yet: choose a rating.")));
		}
		if (result.hasErrors()) {
			return rerender(id, model, response, HttpStatus.BAD_REQUEST, null);
		}
		try {
			this.practice.complete(id, form.toScores(rubric, view.review().scale()));
		}
		catch (AttemptCompletedException | StageNotReachableException ex) {
			result.reject("state", ex.getMessage());
			return rerender(id, model, response, HttpStatus.CONFLICT, null);
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
				"completed", () -> UserMarkdown.toSafeHtml(edit.get().notes()));
	}

	private interface Change {

		Optional<NotesSave> apply();

	}

	private String apply(String id, StageForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Change change, String notice) {
		FormErrors.refuseUnreadable(result);
		if (result.hasErrors()) {
			// The form's one field rule: notes no larger than a stage holds.
			return rerender(id, model, response, HttpStatus.PAYLOAD_TOO_LARGE, form);
		}
		try {
			Optional<NotesSave> saved = change.apply();
			if (saved.filter(NotesSave::isStale).isPresent()) {
				result.reject("stale", "These notes were changed in another tab or window after this page was loaded, "
						+ "so nothing was changed. Your text is still below: save again to keep it.");
				return rerender(id, model, response, HttpStatus.CONFLICT, form);
			}
		}
		catch (NotesTooLargeException ex) {
			result.rejectValue("notes", "size", ex.getMessage());
			return rerender(id, model, response, HttpStatus.PAYLOAD_TOO_LARGE, form);
		}
		catch (AttemptCompletedException | StageNotReachableException ex) {
			result.reject("state", ex.getMessage());
			return rerender(id, model, response, HttpStatus.CONFLICT, form);
		}
		catch (CommitUnavailableException ex) {
			result.reject("unavailable", ex.getMessage());
			return rerender(id, model, response, HttpStatus.SERVICE_UNAVAILABLE, form);
		}
		if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
		}
		return "redirect:/practice/attempts/" + id + "#stage-heading";
	}

	/**
	 * The page again, with the refused form's errors (in its binding result, already in
	 * the model) and the typed notes.
	 */
	private String rerender(String id, Model model, HttpServletResponse response, HttpStatus status, StageForm draft) {
		response.setStatus(status.value());
		AttemptView attempt = this.pages.view(id);
		model.addAttribute("attempt", attempt);
		this.sql.addTo(model, attempt);
		if (draft != null && draft.notes() != null) {
			model.addAttribute("draft", new NotesEdit(draft.stage(), draft.notes(), 0).notes());
		}
		return "practice/attempt";
	}

}
