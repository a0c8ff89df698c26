package app.mockinterview.interview;

import java.util.List;
import java.util.Map;

import app.mockinterview.notes.AutosaveAnswer;
import app.mockinterview.notes.NotesTooLargeException;
import app.mockinterview.question.Stage;
import app.mockinterview.system.CommitUnavailableException;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The interviewer's console, reached only with an interviewer token. Every control is a
 * form that posts and redirects back; the page's script adds live updates, timers and
 * autosave.
 */
@Controller
@RequestMapping("/interviews/i/{token}")
class ConsoleController {

	/**
	 * After a stage change the page opens at the new stage, where its script puts the
	 * focus.
	 */
	private static final String STAGE_HEADING = "#stage-heading";

	private final InterviewService service;

	private final InterviewPages pages;

	private final InterviewEvents events;

	private final app.mockinterview.question.QuestionCatalog catalog;

	private final InterviewSql sql;

	private final InterviewNotes notes;

	private final InterviewSeats seats;

	private final InterviewReplay replay;

	private final ConsoleRatings ratings;

	ConsoleController(InterviewService service, InterviewPages pages, InterviewEvents events,
			app.mockinterview.question.QuestionCatalog catalog, InterviewSql sql, InterviewNotes notes,
			InterviewSeats seats, InterviewReplay replay, ConsoleRatings ratings) {
		this.service = service;
		this.pages = pages;
		this.events = events;
		this.catalog = catalog;
		this.sql = sql;
		this.notes = notes;
		this.seats = seats;
		this.replay = replay;
		this.ratings = ratings;
	}

	static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	@GetMapping
	String console(@PathVariable String token, @RequestParam(required = false) Integer at, HttpServletRequest request,
			Model model) {
		InterviewViews.Console console = this.pages.console(token, baseUrl(request));
		model.addAttribute("console", console);
		// The replay opens when the interview has ended: a running console costs no query
		// for it.
		if (console.progress().isEnded()) {
			this.replay.forInterviewer(token, "/interviews/i/" + token, at)
				.ifPresent((replay) -> model.addAttribute("replay", replay));
		}
		this.sql.addToConsole(model, console, () -> this.service.interviewIdOf(token));
		model.addAttribute("swapQuestions", this.catalog.choices());
		return "interview/console";
	}

	/**
	 * The console's scoring of the current question without JavaScript (with it, the same
	 * form autosaves through the sheet's autosave): saved into the scoring sheet, or the
	 * console again with what was typed and why it was not saved.
	 */
	@PostMapping("/scoring")
	String score(@PathVariable String token, @Valid @ModelAttribute("scoringForm") RatingsForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		if (form.version() == null) {
			result.reject("version", "The form is missing its version; reload the console and try again.");
		}
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!result.hasErrors()) {
			try {
				this.ratings.save(token, form);
				redirect.addFlashAttribute("notice", "Ratings and evidence saved to your scoring sheet.");
				return "redirect:/interviews/i/" + token + "#scoring-heading";
			}
			catch (InterviewStateException ex) {
				result.reject("sheet", ex.getMessage());
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		return console(token, null, request, model);
	}

	/**
	 * The live part of the console (stage, timer, the candidate's notes), fetched when
	 * something changed.
	 */
	@GetMapping("/live")
	String live(@PathVariable String token, HttpServletRequest request, Model model) {
		InterviewViews.Console console = this.pages.console(token, baseUrl(request));
		model.addAttribute("console", console);
		this.sql.addToConsole(model, console, () -> this.service.interviewIdOf(token));
		return "interview/console :: live";
	}

	/**
	 * The notes of the replay at a minute, for the console's and the sheet's slider; not
	 * found while the interview is running.
	 */
	@GetMapping("/replay")
	String replay(@PathVariable String token, @RequestParam(required = false) Integer at, Model model) {
		model.addAttribute("replay", this.replay.forInterviewer(token, "/interviews/i/" + token, at)
			.orElseThrow(ReplayNotOpenException::new));
		return "fragments/replay :: moment";
	}

	@GetMapping(path = "/events", produces = "text/event-stream")
	@ResponseBody
	SseEmitter events(@PathVariable String token, HttpServletRequest request) {
		return this.events.subscribe(this.service.interviewIdOf(token), token, request.getRemoteAddr());
	}

	@PostMapping("/start")
	String start(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.start(token)) + STAGE_HEADING;
	}

	@PostMapping("/stage")
	String stage(@PathVariable String token, @RequestParam Stage target, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.moveTo(token, target)) + STAGE_HEADING;
	}

	@PostMapping("/question")
	String question(@PathVariable String token, @RequestParam int position, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.moveToQuestion(token, position)) + STAGE_HEADING;
	}

	@PostMapping("/pause")
	String pause(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.pause(token));
	}

	@PostMapping("/resume")
	String resume(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.resume(token));
	}

	@PostMapping("/end")
	String end(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.end(token));
	}

	@PostMapping("/extend")
	String extend(@PathVariable String token, @RequestParam int minutes, RedirectAttributes redirect) {
		if (minutes < 1 || minutes > 30) {
			redirect.addFlashAttribute("error", "Extend by 1 to 30 minutes at a time.");
			return "redirect:/interviews/i/" + token;
		}
		return act(token, redirect, () -> this.service.extend(token, minutes));
	}

	@PostMapping("/timer")
	String timer(@PathVariable String token, @RequestParam(defaultValue = "false") boolean hidden,
			@RequestParam(defaultValue = "false") boolean limitsOff, RedirectAttributes redirect) {
		return act(token, redirect, () -> this.service.changeTimer(token, hidden, limitsOff));
	}

	@PostMapping("/interviewers")
	String addInterviewer(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		if (name.strip().length() > DisplayName.MAX_LENGTH) {
			redirect.addFlashAttribute("error", "Names can be at most " + DisplayName.MAX_LENGTH + " characters.");
			return "redirect:/interviews/i/" + token;
		}
		this.service.lead(token);
		return act(token, redirect, () -> {
			this.seats.addInterviewer(token, name);
			redirect.addFlashAttribute("notice", "Added. Send the new interviewer their invitation, listed below: "
					+ "it becomes their own console link when they open it, and works only once.");
		});
	}

	@PostMapping("/invitation")
	String reissueInvitation(@PathVariable String token, @RequestParam long interviewer, RedirectAttributes redirect) {
		return act(token, redirect, () -> {
			this.seats.reissueInvitation(token, interviewer);
			redirect.addFlashAttribute("notice", "The old invitation no longer works. Send the new one below.");
		});
	}

	@PostMapping("/swap")
	String swap(@PathVariable String token, @RequestParam String questionId, RedirectAttributes redirect) {
		return act(token, redirect, () -> {
			this.service.swapRoles(token, questionId);
			redirect.addFlashAttribute("notice",
					"Next round created with roles swapped. Your candidate link for it is under “Rounds”; "
							+ "the other person finds their console link in their candidate room.");
		});
	}

	@PostMapping("/candidate-link")
	String reissueCandidateLink(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> {
			this.service.reissueCandidateLink(token);
			redirect.addFlashAttribute("notice",
					"The old candidate link no longer works. Send the candidate the new link below.");
		});
	}

	@PostMapping("/share-feedback")
	String share(@PathVariable String token, RedirectAttributes redirect) {
		return act(token, redirect, () -> {
			boolean seenNow = this.service.shareFeedback(token);
			redirect.addFlashAttribute("notice", seenNow ? "Feedback shared: the candidate link now shows it."
					: "Feedback shared: the candidate sees it once they have rated themselves.");
		});
	}

	@PostMapping("/notes")
	String notes(@PathVariable String token, @RequestParam int position, @RequestParam Stage stage,
			@RequestParam(defaultValue = "") String notes, @RequestParam long revision, RedirectAttributes redirect) {
		return act(token, redirect, () -> {
			boolean saved = this.notes.saveInterviewer(token, position, stage, notes, revision).saved();
			redirect.addFlashAttribute(saved ? "notice" : "error",
					saved ? "Private notes saved." : "A newer version of these notes was already saved.");
		});
	}

	@PostMapping("/notes/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable String token, @RequestParam int position,
			@RequestParam Stage stage, @RequestParam(defaultValue = "") String notes, @RequestParam long revision) {
		return AutosaveAnswer.of(() -> this.notes.saveInterviewer(token, position, stage, notes, revision),
				InterviewStateException.class, "closed");
	}

	private String act(String token, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (InterviewStateException | NotesTooLargeException | CommitUnavailableException
				| app.mockinterview.question.QuestionNotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/interviews/i/" + token;
	}

}
