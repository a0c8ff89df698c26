package app.mockinterview.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;
import app.mockinterview.link.CapabilityToken;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of mock interviews. Every change is made in one transaction and
 * announced to the open pages of that interview after it commits. (Notes:
 * {@link InterviewNotes}.)
 */
@Service
public class InterviewService {

	private final InterviewRepository interviews;

	private final InterviewerRepository interviewers;

	private final InterviewSheets sheets;

	private final CandidateNotesRepository candidateNotes;

	private final InterviewerNotesRepository interviewerNotes;

	private final QuestionRepository questions;

	private final QuestionCatalog catalog;

	private final CommonRubric rubric;

	private final InterviewEvents events;

	private final InterviewMetrics metrics;

	private final Clock clock;

	InterviewService(InterviewRepository interviews, InterviewerRepository interviewers, InterviewSheets sheets,
			CandidateNotesRepository candidateNotes, InterviewerNotesRepository interviewerNotes,
			QuestionRepository questions, QuestionCatalog catalog, CommonRubric rubric, InterviewEvents events,
			InterviewMetrics metrics, Clock clock) {
		this.interviews = interviews;
		this.interviewers = interviewers;
		this.sheets = sheets;
		this.candidateNotes = candidateNotes;
		this.interviewerNotes = interviewerNotes;
		this.questions = questions;
		this.catalog = catalog;
		this.rubric = rubric;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	record Created(String interviewerToken, String candidateToken) {

	}

	@Transactional
	Created create(List<String> questionIds, String interviewerName, String candidateName, String browser) {
		return create(CapabilityToken.generate(), 1, questionIds, interviewerName, candidateName, browser, false, null);
	}

	private Created create(String sessionId, int round, List<String> questionIds, String interviewerName,
			String candidateName, String browser, boolean browserIsCandidate, Long candidateWasInterviewerId) {
		List<String> ids = new ArrayList<>(new LinkedHashSet<>(questionIds));
		for (String id : ids) {
			this.questions.findByIdAndActiveTrue(id).orElseThrow(() -> new QuestionNotFoundException(id));
		}
		Instant now = this.clock.instant();
		Interview interview = this.interviews.save(Interview.create(sessionId, round, ids,
				DisplayName.of(interviewerName, "Interviewer"), DisplayName.of(candidateName, "Candidate"), browser,
				browserIsCandidate, candidateWasInterviewerId, now));
		for (int position = 0; position < ids.size(); position++) {
			this.candidateNotes.save(new CandidateNotes(interview.getId(), position));
		}
		Interviewer lead = interview.lead().orElseThrow();
		prepareInterviewer(interview, lead, now);
		return new Created(lead.getToken(), interview.getCandidateToken());
	}

	/** The notes of a newly seated interviewer, and their scoring sheet. */
	void prepareInterviewer(Interview interview, Interviewer interviewer, Instant now) {
		for (int position = 0; position < interview.getQuestionIds().size(); position++) {
			for (Stage stage : Stage.values()) {
				this.interviewerNotes.save(new InterviewerNotes(interviewer.getId(), position, stage));
			}
		}
		this.sheets.open(interviewer, slots(interview), now);
	}

	/**
	 * Every criterion the interview is scored on: each question's own criteria, then the
	 * common ones.
	 */
	public List<SheetRating> slots(Interview interview) {
		List<SheetRating> slots = new ArrayList<>();
		List<String> ids = interview.getQuestionIds();
		for (int position = 0; position < ids.size(); position++) {
			for (RubricCriterion criterion : this.rubric.rubricFor(this.catalog.get(ids.get(position)))) {
				slots.add(new SheetRating(position, criterion.key(), criterion.name(), null, false, ""));
			}
		}
		return slots;
	}

	public Interviewer interviewer(String token) {
		if (!CapabilityToken.isWellFormed(token)) {
			throw new InterviewNotFoundException();
		}
		return this.interviewers.findByToken(token).orElseThrow(InterviewNotFoundException::new);
	}

	/**
	 * The interviewer of a token who leads the interview. A second interviewer's token
	 * does not open the lead's actions: it answers 404, like a token that opens nothing.
	 */
	Interviewer lead(String token) {
		Interviewer interviewer = interviewer(token);
		if (!interviewer.isLead()) {
			throw new InterviewNotFoundException();
		}
		return interviewer;
	}

	/**
	 * The id of the interview an interviewer token belongs to (for subscribing to its
	 * events).
	 */
	@Transactional(readOnly = true)
	Long interviewIdOf(String interviewerToken) {
		return interviewer(interviewerToken).getInterview().getId();
	}

	Interview candidateInterview(String token) {
		if (!CapabilityToken.isWellFormed(token)) {
			throw new InterviewNotFoundException();
		}
		return this.interviews.findByCandidateToken(token).orElseThrow(InterviewNotFoundException::new);
	}

	@Transactional
	void start(String token) {
		change(token, (interview, now) -> interview.start(now));
	}

	@Transactional
	void moveTo(String token, Stage stage) {
		change(token, (interview, now) -> interview.moveTo(stage, now));
	}

	@Transactional
	void moveToQuestion(String token, int position) {
		change(token, (interview, now) -> interview.moveToQuestion(position, now));
	}

	@Transactional
	void pause(String token) {
		change(token, (interview, now) -> interview.pause(now));
	}

	@Transactional
	void resume(String token) {
		change(token, (interview, now) -> interview.resume(now));
	}

	@Transactional
	void end(String token) {
		change(token, (interview, now) -> interview.end(now));
	}

	@Transactional
	void extend(String token, int minutes) {
		change(token, (interview, now) -> interview.extendCurrentStage(minutes));
	}

	@Transactional
	void changeTimer(String token, boolean hidden, boolean limitsOff) {
		change(token, (interview, now) -> interview.changeTimer(hidden, limitsOff));
	}

	/**
	 * The next round of the session on another question, with the candidate and the lead
	 * interviewer swapped.
	 */
	@Transactional
	Created swapRoles(String token, String questionId) {
		Interviewer formerLead = lead(token);
		Interview current = formerLead.getInterview();
		List<Interview> session = this.interviews.findBySessionIdOrderByRoundNumberAsc(current.getSessionId());
		if (session.get(session.size() - 1).getRoundNumber() != current.getRoundNumber()) {
			throw new InterviewStateException("The next round already exists: swap roles from the latest round.");
		}
		Created created = create(current.getSessionId(), current.getRoundNumber() + 1, List.of(questionId),
				current.getCandidateName(), formerLead.getName(), current.getCreatorBrowser(),
				!current.isCreatorCandidate(), formerLead.getId());
		this.events.changed(current.getId());
		return created;
	}

	/**
	 * Revokes the candidate link and issues a new one; pages still open on the old link
	 * lose their live stream and answer 404 from then on.
	 * @return the new candidate token
	 */
	@Transactional
	String reissueCandidateLink(String token) {
		Interview interview = lead(token).getInterview();
		String revoked = interview.getCandidateToken();
		String issued = interview.reissueCandidateToken();
		this.interviews.saveAndFlush(interview);
		this.events.close(interview.getId(), revoked);
		this.events.changed(interview.getId());
		return issued;
	}

	/**
	 * Shares the lead's feedback; answers whether the candidate sees it now (true) or
	 * only once they have rated themselves (false).
	 */
	@Transactional
	boolean shareFeedback(String token) {
		Interviewer interviewer = lead(token);
		if (!this.sheets.submittedByInterviewer(interviewer.getInterview()).get(interviewer.getId())) {
			throw new InterviewStateException("Submit your scoring sheet before sharing feedback.");
		}
		interviewer.getInterview().shareFeedback(this.clock.instant());
		this.events.changed(interviewer.getInterview().getId());
		return interviewer.getInterview().getSelfAssessedAt() != null;
	}

	@Transactional
	void selfAssess(String candidateToken, List<CriterionRating> ratings) {
		Interview interview = candidateInterview(candidateToken);
		interview.recordSelfAssessment(ratings, this.clock.instant());
		this.events.changed(interview.getId());
	}

	@Transactional
	void candidateFeedback(String candidateToken, String comment, int clarity, int helpfulness) {
		Interview interview = candidateInterview(candidateToken);
		if (interview.getFeedbackSharedAt() == null && interview.getStatus() != InterviewStatus.ENDED) {
			throw new InterviewStateException("Feedback for the interviewer opens when the interview has ended.");
		}
		interview.recordCandidateFeedback(comment, clarity, helpfulness, this.clock.instant());
	}

	/** Tells the interview's open pages that something changed, once it commits. */
	public void changed(Interview interview) {
		this.events.changed(interview.getId());
	}

	private interface Change {

		void apply(Interview interview, Instant now);

	}

	private void change(String token, Change change) {
		Interview interview = interviewer(token).getInterview();
		InterviewStatus before = interview.getStatus();
		change.apply(interview, this.clock.instant());
		this.interviews.saveAndFlush(interview);
		if (before == InterviewStatus.READY && interview.getStatus() != InterviewStatus.READY) {
			this.metrics.started.add();
		}
		if (before != InterviewStatus.ENDED && interview.getStatus() == InterviewStatus.ENDED) {
			this.metrics.completed.add();
		}
		this.events.changed(interview.getId());
	}

}
