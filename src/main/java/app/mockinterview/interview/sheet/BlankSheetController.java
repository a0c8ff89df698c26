package app.mockinterview.interview.sheet;

import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.question.QuestionRepository;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A blank, printable interviewer sheet for any question, for mocks with pen and paper. It
 * shows the rubric and the follow-ups, so it is meant for interviewers.
 */
@Controller
class BlankSheetController {

	private final QuestionRepository questions;

	private final CommonRubric rubric;

	BlankSheetController(QuestionRepository questions, CommonRubric rubric) {
		this.questions = questions;
		this.rubric = rubric;
	}

	@GetMapping("/sheets/blank/{questionId}")
	@Transactional(readOnly = true)
	public String blank(@PathVariable String questionId, Model model) {
		Question question = this.questions.findByIdAndActiveTrue(questionId)
			.orElseThrow(() -> new QuestionNotFoundException(questionId));
		model.addAttribute("title", question.getTitle());
		model.addAttribute("promptHtml", question.getPromptHtml());
		model.addAttribute("minutes", question.getMinutes());
		model.addAttribute("rubric", this.rubric.rubricFor(question));
		model.addAttribute("scale", this.rubric.scale());
		model.addAttribute("followUpsHtml", question.getFollowUpsHtml());
		model.addAttribute("guide", question.guide());
		return "interview/blank-sheet";
	}

}
