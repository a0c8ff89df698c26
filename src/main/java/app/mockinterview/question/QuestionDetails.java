package app.mockinterview.question;

import java.util.List;

/**
 * What the spoiler-free question page shows: the prompt, the reported wording and the
 * rubric's criteria, but never the approach, model answer or follow-ups.
 */
public record QuestionDetails(QuestionSummary summary, String promptHtml, String reported, String sourceName,
		String sourceUrl, StageMinutes minutes, List<RubricCriterion> rubric, List<RatingLevel> scale) {

}
