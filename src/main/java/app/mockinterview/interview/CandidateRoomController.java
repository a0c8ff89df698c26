package app.mockinterview.interview;

import java.util.List;
import java.util.Map;

import app.mockinterview.notes.AutosaveAnswer;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.system.CommitUnavailableException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
				InterviewStateException.class, "closed");
	}

	@PostMapping("/self-assessment")
	String selfAssess(@PathVariable String token, RatingsForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		InterviewViews.Room room = this.pages.room(token, ConsoleController.baseUrl(request));
		List<SheetRating> slots = room.selfAssessmentSlots()
			.stream()
			.map((slot) -> new SheetRating(slot.position(), slot.criterionKey(), slot.criterionName(), null, false, ""))
			.toList();
		List<SheetRating> rated = form.apply(slots);
		List<String> undecided = rated.stream().filter((r) -> !r.isDecided()).map(SheetRating::criterionName).toList();
		if (!undecided.isEmpty()) {
			model.addAttribute("room", room);
			model.addAttribute("selfForm", form);
			model.addAttribute("errors", List.of("Rate yourself on every criterion (or choose “not assessed”): "
					+ String.join(", ", undecided) + "."));
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
	String feedback(@PathVariable String token, CandidateFeedbackForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		List<String> problems = form.problems();
		if (!problems.isEmpty()) {
			model.addAttribute("room", this.pages.room(token, ConsoleController.baseUrl(request)));
			model.addAttribute("feedbackForm", form);
			model.addAttribute("errors", problems);
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
