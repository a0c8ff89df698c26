package app.mockinterview.interview;

import java.util.List;
import java.util.Map;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.notes.AutosaveAnswer;
import app.mockinterview.notes.Notes;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.system.CommitUnavailableException;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidate's room, reached only with the candidate token. Everything here is built
 * from {@link InterviewViews.Room}, which holds nothing interviewer-only.
 */
@Controller
@RequestMapping("/interviews/c/{token}")
class CandidateRoomController {

	private final InterviewService service;

	private final InterviewPages pages;

	private final InterviewEvents events;

	private final InterviewSql sql;

	private final InterviewNotes notes;

	CandidateRoomController(InterviewService service, InterviewPages pages, InterviewEvents events, InterviewSql sql,
			InterviewNotes notes) {
		this.service = service;
		this.pages = pages;
		this.events = events;
		this.sql = sql;
		this.notes = notes;
	}

	@GetMapping
	String room(@PathVariable String token, HttpServletRequest request, Model model) {
		InterviewViews.Room room = this.pages.room(token, ConsoleController.baseUrl(request));
		model.addAttribute("room", room);
		this.sql.addToRoom(model, room, () -> this.service.candidateInterview(token));
		return "interview/candidate";
	}

	@GetMapping("/live")
	String live(@PathVariable String token, HttpServletRequest request, Model model) {
		model.addAttribute("room", this.pages.room(token, ConsoleController.baseUrl(request)));
		return "interview/candidate :: live";
	}

	@GetMapping(path = "/events", produces = "text/event-stream")
	@ResponseBody
	SseEmitter events(@PathVariable String token, HttpServletRequest request) {
		return this.events.subscribe(this.service.candidateInterview(token).getId(), token, request.getRemoteAddr());
	}

	@PostMapping("/notes")
	String notes(@PathVariable String token, @RequestParam int position, @RequestParam(defaultValue = "") String notes,
			@RequestParam long revision, RedirectAttributes redirect) {
		try {
			boolean saved = this.notes.saveCandidate(token, position, notes, revision).saved();
			redirect.addFlashAttribute(saved ? "notice" : "error",
					saved ? "Notes saved." : "A newer version of your notes was already saved.");
		}
		catch (NotesTooLargeException | InterviewStateException | CommitUnavailableException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/interviews/c/" + token;
	}

	@PostMapping("/notes/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable String token, @RequestParam int position,
			@RequestParam(defaultValue = "") String notes, @RequestParam long revision) {
		return AutosaveAnswer.of(() -> this.notes.saveCandidate(token, position, notes, revision),
				InterviewStateException.class, "closed", () -> UserMarkdown.toSafeHtml(Notes.clean(notes)));
	}

	@PostMapping("/self-assessment")
	String selfAssess(@PathVariable String token, @Valid @ModelAttribute("selfForm") RatingsForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		InterviewViews.Room room = this.pages.room(token, ConsoleController.baseUrl(request));
		List<SheetRating> slots = room.selfAssessmentSlots()
			.stream()
			.map((slot) -> new SheetRating(slot.position(), slot.criterionKey(), slot.criterionName(), null, false, ""))
			.toList();
		List<SheetRating> rated = form.apply(slots);
		List<String> undecided = rated.stream().filter((r) -> !r.isDecided()).map(SheetRating::criterionName).toList();
		if (!undecided.isEmpty()) {
			result.reject("undecided", "Rate yourself on every criterion (or choose “not assessed”): "
					+ String.join(", ", undecided) + ".");
			for (int index = 0; index < rated.size(); index++) {
				if (!rated.get(index).isDecided()) {
					// Beside the criterion as the page lists it (the page's index),
					// whatever
					// the form sent.
					result.addError(new FieldError(result.getObjectName(), "ratings[" + index + "].rating",
							"Not rated yet: choose a rating or “not assessed”."));
				}
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("room", room);
			return "interview/candidate";
		}
		try {
			this.service.selfAssess(token,
					rated.stream()
						.map((r) -> new CriterionRating(r.position(), r.criterionKey(), r.criterionName(), r.rating(),
								r.notAssessed()))
						.toList());
			redirect.addFlashAttribute("notice", "Thank you. Your self-assessment is saved; the interviewer cannot see "
					+ "it until the feedback is shared.");
		}
		catch (InterviewStateException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/interviews/c/" + token;
	}

	@PostMapping("/feedback")
	String feedback(@PathVariable String token, @Valid @ModelAttribute("feedbackForm") CandidateFeedbackForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		if (result.hasErrors()) {
			// Shown again with what was typed, as a page (200) like the room itself.
			model.addAttribute("room", this.pages.room(token, ConsoleController.baseUrl(request)));
			return "interview/candidate";
		}
		try {
			this.service.candidateFeedback(token, form.comment().strip(), form.clarity(), form.helpfulness());
			redirect.addFlashAttribute("notice", "Thanks: your feedback went to the interviewer.");
		}
		catch (InterviewStateException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/interviews/c/" + token;
	}

}
