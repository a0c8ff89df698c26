package app.mockinterview.question;

import java.util.List;

/**
 * What the spoiler-free question page shows: the prompt, the reported wording and the
 * rubric's criteria, but never the approach, model answer or follow-ups. The guide (red
 * flags, wrong answers, senior signals) is public content for the JSON API, not shown on
 * the question page.
 */
public record QuestionDetails(QuestionSummary summary, String promptHtml, String reported, String sourceName,
		String sourceUrl, StageMinutes minutes, List<RubricCriterion> rubric, List<RatingLevel> scale,
		InterviewerGuide guide) {

	/**
	 * Whether a public interview report gives the wording; otherwise written for
	 * practice.
	 */
	public boolean isReported() {
		return this.reported != null && !this.reported.isBlank();
	}

}
