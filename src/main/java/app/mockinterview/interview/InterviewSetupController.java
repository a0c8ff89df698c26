package app.mockinterview.interview;

import java.util.List;

import app.mockinterview.question.QuestionBank;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.system.CreationLimited;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating interviews and listing the ones this browser runs.
 */
@Controller
class InterviewSetupController {

	private final InterviewService service;

	private final InterviewList list;

	private final QuestionBank bank;

	private final QuestionPicks picks;

	InterviewSetupController(InterviewService service, InterviewList list, QuestionBank bank, QuestionPicks picks) {
		this.service = service;
		this.list = list;
		this.bank = bank;
		this.picks = picks;
	}

	@GetMapping("/interviews/new")
	String newInterview(@RequestParam(required = false) String question, Model model) {
		model.addAttribute("form", new InterviewForm("", "", (question != null) ? List.of(question) : List.of()));
		return form(model);
	}

	@PostMapping("/interviews")
	@CreationLimited
	String create(@Valid @ModelAttribute("form") InterviewForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		FormErrors.refuseUnreadable(result);
		if (result.hasErrors()) {
			return refused(model, response);
		}
		QuestionPicks.Picked picked = this.picks.resolve(form.chosen());
		picked.problems().forEach((problem) -> result.rejectValue("questions", "picks", problem));
		if (result.hasErrors()) {
			return refused(model, response);
		}
		try {
			String browser = BrowserCookie.readOrCreate(request, response);
			InterviewService.Created created = this.service.create(picked.questionIds(), form.interviewerName(),
					form.candidateName(), browser);
			return "redirect:/interviews/i/" + created.interviewerToken();
		}
		catch (QuestionNotFoundException ex) {
			result.rejectValue("questions", "gone",
					"One of the chosen questions is not in the bank (any more). Choose again.");
			return refused(model, response);
		}
	}

	/** The form again, with what was typed and the errors beside their fields. */
	private String refused(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("questions", this.bank.choices());
		model.addAttribute("areas", this.bank.areas());
		model.addAttribute("slots", Interview.MAX_QUESTIONS);
		return "interview/new";
	}

	@GetMapping("/interviews")
	String mine(HttpServletRequest request, Model model) {
		model.addAttribute("interviews", BrowserCookie.read(request).map(this.list::createdBy).orElse(List.of()));
		return "interview/list";
	}

}
