package app.mockinterview.question;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class BankController {

	private final QuestionBank bank;

	BankController(QuestionBank bank) {
		this.bank = bank;
	}

	@GetMapping("/")
	String bank(@ModelAttribute("filter") BankFilter filter, Model model) {
		model.addAttribute("page", this.bank.page(filter));
		model.addAttribute("messages", filter.messages());
		model.addAttribute("difficulties", Difficulty.values());
		model.addAttribute("areas", Area.values());
		model.addAttribute("kinds", QuestionKind.values());
		return "question/bank";
	}

	@GetMapping("/questions/{id}")
	String question(@PathVariable String id, Model model) {
		model.addAttribute("question", this.bank.details(id));
		return "question/detail";
	}

}
