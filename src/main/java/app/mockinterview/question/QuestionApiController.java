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

	record QuestionJson(String id, String title, String difficulty, String area, String kind, List<String> topics,
			List<String> companies) {

		static QuestionJson of(QuestionSummary summary) {
			return new QuestionJson(summary.id(), summary.title(), summary.difficulty().slug(), slug(summary.area()),
					(summary.kind() != null) ? summary.kind().slug() : null, summary.topics(), summary.companies());
		}

		private static String slug(Area area) {
			return (area != null) ? area.slug() : null;
		}

	}

	/**
	 * A question's public content. {@code reported} and {@code source} are null for a
	 * question written for practice; descriptions are plain text.
	 */
	record QuestionDetailJson(String id, String title, String difficulty, String area, String kind, List<String> topics,
			List<String> companies, String prompt, String promptHtml, String reported, Source source,
			List<Criterion> criteria, List<RedFlagJson> redFlags, List<WrongAnswerJson> wrongAnswers,
			List<String> seniorSignals) {

		record Source(String name, String url) {

		}

		/** A rubric criterion with its four level descriptions, lowest rating first. */
		record Criterion(String key, String name, String meaning, List<String> levels) {

		}

		record RedFlagJson(String criterionKey, String criterion, String atMost, String description) {

		}

		record WrongAnswerJson(String claim, String why) {

		}

	}

	@GetMapping
	List<QuestionJson> list(@RequestParam(required = false) String difficulty,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String company,
			@RequestParam(required = false) String q, @RequestParam(required = false) String area,
			@RequestParam(required = false) String kind) {
		BankFilter filter = new BankFilter(difficulty, topic, company, q, null, area, kind);
		if (area != null && !area.isBlank() && filter.areaValue().isEmpty()) {
			throw new InvalidFilterException("Unknown area '" + area.strip() + "': use one of "
					+ String.join(", ", java.util.Arrays.stream(Area.values()).map(Area::slug).toList()) + ".");
		}
		if (kind != null && !kind.isBlank() && filter.kindValue().isEmpty()) {
			throw new InvalidFilterException(
					"Unknown kind '" + kind.strip() + "': use concept, troubleshooting, design or exercise.");
		}
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
		QuestionJson listed = QuestionJson.of(summary);
		InterviewerGuide guide = details.guide();
		return new QuestionDetailJson(summary.id(), summary.title(), listed.difficulty(), listed.area(), listed.kind(),
				summary.topics(), summary.companies(), text(details.promptHtml()), details.promptHtml(),
				details.isReported() ? details.reported() : null,
				details.isReported() ? new QuestionDetailJson.Source(details.sourceName(), details.sourceUrl()) : null,
				details.rubric()
					.stream()
					.map((c) -> new QuestionDetailJson.Criterion(c.key(), c.name(), text(c.meaningHtml()),
							c.levels().stream().map(QuestionApiController::text).toList()))
					.toList(),
				guide.redFlags()
					.stream()
					.map((f) -> new QuestionDetailJson.RedFlagJson(f.criterionKey(), f.criterionName(), f.maxLabel(),
							text(f.html())))
					.toList(),
				guide.wrongAnswers()
					.stream()
					.map((w) -> new QuestionDetailJson.WrongAnswerJson(text(w.claimHtml()), text(w.whyHtml())))
					.toList(),
				guide.seniorSignalsHtml().stream().map(QuestionApiController::text).toList());
	}

	private static String text(String html) {
		return org.jsoup.Jsoup.parse(html).text();
	}

}
