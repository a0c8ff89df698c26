package app.mockinterview.question;

import java.util.List;

/**
 * Everything a content file defines about a question, already rendered to HTML. The
 * content importer builds it; {@link Question#updateFrom} stores it. A question written
 * for practice has an empty {@code reported} wording, source and company list.
 */
public record QuestionContent(String id, String title, Difficulty difficulty, Area area, QuestionKind kind,
		List<String> topics, List<String> companies, String reported, String sourceName, String sourceUrl,
		StageMinutes minutes, int order, String promptHtml, String searchText, List<RubricCriterion> criteria,
		String clarifyHtml, String approachHtml, String modelAnswerHtml, String followUpsHtml, String sourcesHtml,
		List<Hint> hints, InterviewerGuide guide) {

	public List<Hint> hintsFor(Stage stage) {
		return this.hints.stream().filter((hint) -> hint.stage() == stage).toList();
	}

	/** Whether a public interview report gives the question's wording. */
	public boolean isReported() {
		return this.reported != null && !this.reported.isBlank();
	}

}
