package app.mockinterview.question;

/**
 * A question as a candidate may see it: its id, title and prompt, nothing the interviewer
 * judges by. The candidate room's pre-rendered parts are built from this alone
 * ({@link QuestionParts#candidatePrompt}), so they cannot carry interviewer content.
 */
public record CandidateQuestion(String id, String title, String promptHtml) {

	public static CandidateQuestion of(QuestionContent question) {
		return new CandidateQuestion(question.id(), question.title(), question.promptHtml());
	}

}
