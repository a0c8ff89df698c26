package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import app.mockinterview.question.QuestionCatalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviews one browser created, grouped by session, with the candidate's feedback
 * for the interviewer.
 */
@Component
class InterviewList {

	private final InterviewRepository interviews;

	private final QuestionCatalog catalog;

	InterviewList(InterviewRepository interviews, QuestionCatalog catalog) {
		this.interviews = interviews;
		this.catalog = catalog;
	}

	public record Row(String sessionId, int roundNumber, Instant createdAt, String status, String interviewerName,
			String candidateName, List<String> questionTitles, String consoleToken, String candidateToken,
			String candidateFeedback, Integer clarity, Integer helpfulness) {

		public String createdText() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.createdAt);
		}

	}

	@Transactional(readOnly = true)
	List<Row> createdBy(String browser) {
		return this.interviews.findByCreatorBrowserOrderByCreatedAtDesc(browser)
			.stream()
			.map((interview) -> new Row(interview.getSessionId(), interview.getRoundNumber(), interview.getCreatedAt(),
					interview.isPaused() ? "Paused" : interview.getStatus().label(),
					interview.lead().map(Interviewer::getName).orElse(""), interview.getCandidateName(),
					interview.getQuestionIds().stream().map(this.catalog::title).toList(),
					interview.isCreatorCandidate() ? null : interview.lead().map(Interviewer::getToken).orElse(null),
					interview.getCandidateToken(), interview.getCandidateFeedback(), interview.getFeedbackClarity(),
					interview.getFeedbackHelpfulness()))
			.toList();
	}

}
