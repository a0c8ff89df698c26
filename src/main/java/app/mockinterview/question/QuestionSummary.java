package app.mockinterview.question;

import java.util.List;

/**
 * A question as the bank lists it.
 */
public record QuestionSummary(String id, String title, Difficulty difficulty, Area area, QuestionKind kind,
		List<String> topics, List<String> companies, int totalMinutes) {

	static QuestionSummary of(Question question) {
		return new QuestionSummary(question.getId(), question.getTitle(), question.getDifficulty(), question.getArea(),
				question.getKind(), question.getTopics(), question.getCompanies(), question.getMinutes().total());
	}

}
