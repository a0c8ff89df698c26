package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import app.mockinterview.chart.DotChart;
import app.mockinterview.question.CommonRubric;
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

	private final InterviewSheets sheets;

	private final CommonRubric rubric;

	InterviewList(InterviewRepository interviews, QuestionCatalog catalog, InterviewSheets sheets,
			CommonRubric rubric) {
		this.interviews = interviews;
		this.catalog = catalog;
		this.sheets = sheets;
		this.rubric = rubric;
	}

	public record Row(String sessionId, int roundNumber, Instant createdAt, String status, String interviewerName,
			String candidateName, List<String> questionTitles, String consoleToken, String candidateToken,
			String candidateFeedback, Integer clarity, Integer helpfulness, DotChart ratings) {

		public String createdText() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.createdAt);
		}

	}

	/**
	 * The interviewers' ratings as a small picture, once every sheet is submitted; never
	 * for a list kept by the candidate's own browser.
	 */
	private DotChart ratings(Interview interview) {
		if (interview.isCreatorCandidate()) {
			return null;
		}
		List<RatingDots.Sheet> submitted = this.sheets.submittedRatings(interview);
		if (submitted.isEmpty()) {
			return null;
		}
		return RatingDots.of("Ratings of " + interview.getCandidateName() + ", round " + interview.getRoundNumber(),
				DotChart.Layout.COMPACT, submitted, this.rubric.scale());
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
					interview.getFeedbackHelpfulness(), ratings(interview)))
			.toList();
	}

}
