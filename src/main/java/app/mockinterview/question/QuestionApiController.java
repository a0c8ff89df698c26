package app.mockinterview.question;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON view of the bank. It exposes what the question page shows, never the
 * model answer.
 */
@RestController
@RequestMapping("/api/questions")
class QuestionApiController {

	private final QuestionBank bank;

	QuestionApiController(QuestionBank bank) {
		this.bank = bank;
	}

	record QuestionJson(String id, String title, String difficulty, List<String> topics, List<String> companies) {

		static QuestionJson of(QuestionSummary summary) {
			return new QuestionJson(summary.id(), summary.title(), summary.difficulty().slug(), summary.topics(),
					summary.companies());
		}

	}

	record QuestionDetailJson(String id, String title, String difficulty, List<String> topics, List<String> companies,
			String prompt, String promptHtml, String reported, Source source) {

		record Source(String name, String url) {

		}

	}

	@GetMapping
	List<QuestionJson> list(@RequestParam(required = false) String difficulty,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String company,
			@RequestParam(required = false) String q) {
		BankFilter filter = new BankFilter(difficulty, topic, company, q, null);
		if (difficulty != null && !difficulty.isBlank() && filter.difficultyValue().isEmpty()) {
			throw new InvalidFilterException(
					"Unknown difficulty '" + difficulty.strip() + "': use easy, medium or hard.");
		}
		return this.bank.all(filter).stream().map(QuestionJson::of).toList();
	}

	@GetMapping("/{id}")
	QuestionDetailJson one(@PathVariable String id) {
		QuestionDetails details = this.bank.details(id);
		QuestionSummary summary = details.summary();
		return new QuestionDetailJson(summary.id(), summary.title(), summary.difficulty().slug(), summary.topics(),
				summary.companies(), org.jsoup.Jsoup.parse(details.promptHtml()).text(), details.promptHtml(),
				details.reported(), new QuestionDetailJson.Source(details.sourceName(), details.sourceUrl()));
	}

}
