package app.mockinterview.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;
import app.mockinterview.link.CapabilityToken;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One round of a mock interview: one or more questions in order, each worked through the
 * shared {@link Stage}s, driven by the interviewer. Its state lives here (and in the
 * database), never in server memory, so any instance can serve either participant.
 */
@Entity
@Table(name = "interview")
public class Interview {

	static final int MAX_QUESTIONS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sessionId;

	private int roundNumber;

	private String creatorBrowser;

	/**
	 * In a swapped round the browser that created the session takes the candidate's seat.
	 */
	private boolean creatorIsCandidate;

	/**
	 * In a swapped round, the interviewer of the previous round who takes the candidate's
	 * seat here: who is who is decided by identity, never by display name.
	 */
	private Long candidateWasInterviewerId;

	private String candidateToken;

	private String candidateName;

	@Enumerated(EnumType.STRING)
	private InterviewStatus status;

	private int currentPosition;

	@Enumerated(EnumType.STRING)
	private Stage currentStage;

	private boolean paused;

	private boolean timerHidden;

	private boolean timeLimitsOff;

	private Instant createdAt;

	private Instant startedAt;

	private Instant endedAt;

	private Instant feedbackSharedAt;

	private Instant selfAssessedAt;

	private String candidateFeedback;

	private Integer feedbackClarity;

	private Integer feedbackHelpfulness;

	private Instant candidateFeedbackAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "interview_question", joinColumns = @JoinColumn(name = "interview_id"))
	@OrderColumn(name = "position")
	@Column(name = "question_id")
	private List<String> questionIds = new ArrayList<>();

	@OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<StageClock> clocks = new ArrayList<>();

	@OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Interviewer> interviewers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "candidate_rating", joinColumns = @JoinColumn(name = "interview_id"))
	@OrderColumn(name = "idx")
	private List<CriterionRating> candidateRatings = new ArrayList<>();

	protected Interview() {
	}

	static Interview create(String sessionId, int roundNumber, List<String> questionIds, String interviewerName,
			String candidateName, String creatorBrowser, boolean creatorIsCandidate, Long candidateWasInterviewerId,
			Instant now) {
		if (questionIds.isEmpty() || questionIds.size() > MAX_QUESTIONS) {
			throw new IllegalArgumentException("an interview has 1 to " + MAX_QUESTIONS + " questions");
		}
		Interview interview = new Interview();
		interview.sessionId = sessionId;
		interview.roundNumber = roundNumber;
		interview.creatorBrowser = creatorBrowser;
		interview.creatorIsCandidate = creatorIsCandidate;
		interview.candidateWasInterviewerId = candidateWasInterviewerId;
		interview.candidateToken = CapabilityToken.generate();
		interview.candidateName = candidateName;
		interview.status = InterviewStatus.READY;
		interview.currentPosition = 0;
		interview.currentStage = Stage.CLARIFY;
		interview.createdAt = now;
		interview.questionIds.addAll(questionIds);
		for (int position = 0; position < questionIds.size(); position++) {
			for (Stage stage : Stage.values()) {
				interview.clocks.add(new StageClock(interview, position, stage));
			}
		}
		interview.interviewers.add(new Interviewer(interview, interviewerName, true, now));
		return interview;
	}

	void start(Instant now) {
		requireNotEnded();
		if (this.status == InterviewStatus.READY) {
			this.status = InterviewStatus.RUNNING;
			this.startedAt = now;
			clock(this.currentPosition, this.currentStage).start(now);
		}
	}

	/**
	 * Moves to a stage of the current question; starts the interview if it was not
	 * running yet.
	 */
	void moveTo(Stage stage, Instant now) {
		goTo(this.currentPosition, stage, now);
	}

	/** Moves to another question (by position), at its first stage. */
	void moveToQuestion(int position, Instant now) {
		if (position < 0 || position >= this.questionIds.size()) {
			throw new InterviewStateException("There is no question " + (position + 1) + " in this interview.");
		}
		goTo(position, Stage.CLARIFY, now);
	}

	private void goTo(int position, Stage stage, Instant now) {
		requireNotEnded();
		if (this.status == InterviewStatus.READY) {
			this.status = InterviewStatus.RUNNING;
			this.startedAt = now;
		}
		else {
			clock(this.currentPosition, this.currentStage).stop(now);
		}
		this.currentPosition = position;
		this.currentStage = stage;
		if (!this.paused) {
			clock(position, stage).start(now);
		}
	}

	void pause(Instant now) {
		requireRunning();
		this.paused = true;
		clock(this.currentPosition, this.currentStage).stop(now);
	}

	void resume(Instant now) {
		requireRunning();
		this.paused = false;
		clock(this.currentPosition, this.currentStage).start(now);
	}

	void end(Instant now) {
		requireNotEnded();
		clock(this.currentPosition, this.currentStage).stop(now);
		this.status = InterviewStatus.ENDED;
		this.paused = false;
		this.endedAt = now;
	}

	void extendCurrentStage(int minutes) {
		requireNotEnded();
		clock(this.currentPosition, this.currentStage).extend(minutes);
	}

	void changeTimer(boolean hidden, boolean limitsOff) {
		this.timerHidden = hidden;
		this.timeLimitsOff = limitsOff;
	}

	Interviewer addInterviewer(String name, Instant now) {
		requireNotEnded();
		Interviewer interviewer = new Interviewer(this, name, false, now);
		this.interviewers.add(interviewer);
		return interviewer;
	}

	/**
	 * Replaces the candidate link: the old token stops working at once (it is not kept
	 * anywhere), so a link sent to the wrong person or leaked can be withdrawn.
	 * @return the new candidate token
	 */
	String reissueCandidateToken() {
		this.candidateToken = CapabilityToken.generate();
		return this.candidateToken;
	}

	void shareFeedback(Instant now) {
		if (this.feedbackSharedAt == null) {
			this.feedbackSharedAt = now;
		}
	}

	void recordSelfAssessment(List<CriterionRating> ratings, Instant now) {
		if (this.selfAssessedAt != null) {
			throw new InterviewStateException("Your self-assessment is already submitted.");
		}
		if (this.currentStage != Stage.REVIEW && this.status != InterviewStatus.ENDED) {
			throw new InterviewStateException("The self-assessment opens at the wrap-up.");
		}
		this.candidateRatings.clear();
		this.candidateRatings.addAll(ratings);
		this.selfAssessedAt = now;
	}

	void recordCandidateFeedback(String comment, int clarity, int helpfulness, Instant now) {
		this.candidateFeedback = comment;
		this.feedbackClarity = clarity;
		this.feedbackHelpfulness = helpfulness;
		this.candidateFeedbackAt = now;
	}

	private void requireNotEnded() {
		if (this.status == InterviewStatus.ENDED) {
			throw new InterviewStateException("This interview has ended.");
		}
	}

	private void requireRunning() {
		if (this.status != InterviewStatus.RUNNING) {
			throw new InterviewStateException("The interview is not running.");
		}
	}

	StageClock clock(int position, Stage stage) {
		return this.clocks.stream()
			.filter((clock) -> clock.getPosition() == position && clock.getStage() == stage)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no clock for " + position + "/" + stage));
	}

	public Duration elapsed(int position, Stage stage, Instant now) {
		return clock(position, stage).elapsed(now);
	}

	/**
	 * The interview's own clock: the time spent in all stages of all questions so far,
	 * which time stamps in notes and evidence refer to.
	 */
	public Duration elapsedInTotal(Instant now) {
		return this.clocks.stream().map((clock) -> clock.elapsed(now)).reduce(Duration.ZERO, Duration::plus);
	}

	/** Whether the interview's clock runs (started, not paused, not ended). */
	boolean isClockRunning() {
		return this.clocks.stream().anyMatch(StageClock::isRunning);
	}

	Optional<Interviewer> lead() {
		return this.interviewers.stream().filter(Interviewer::isLead).findFirst();
	}

	String currentQuestionId() {
		return this.questionIds.get(this.currentPosition);
	}

	Long getId() {
		return this.id;
	}

	String getSessionId() {
		return this.sessionId;
	}

	public int getRoundNumber() {
		return this.roundNumber;
	}

	String getCreatorBrowser() {
		return this.creatorBrowser;
	}

	boolean isCreatorCandidate() {
		return this.creatorIsCandidate;
	}

	Long getCandidateWasInterviewerId() {
		return this.candidateWasInterviewerId;
	}

	String getCandidateToken() {
		return this.candidateToken;
	}

	public String getCandidateName() {
		return this.candidateName;
	}

	InterviewStatus getStatus() {
		return this.status;
	}

	int getCurrentPosition() {
		return this.currentPosition;
	}

	Stage getCurrentStage() {
		return this.currentStage;
	}

	boolean isPaused() {
		return this.paused;
	}

	boolean isTimerHidden() {
		return this.timerHidden;
	}

	boolean isTimeLimitsOff() {
		return this.timeLimitsOff;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getFeedbackSharedAt() {
		return this.feedbackSharedAt;
	}

	public Instant getSelfAssessedAt() {
		return this.selfAssessedAt;
	}

	String getCandidateFeedback() {
		return this.candidateFeedback;
	}

	Integer getFeedbackClarity() {
		return this.feedbackClarity;
	}

	Integer getFeedbackHelpfulness() {
		return this.feedbackHelpfulness;
	}

	Instant getCandidateFeedbackAt() {
		return this.candidateFeedbackAt;
	}

	long getVersion() {
		return this.version;
	}

	public List<String> getQuestionIds() {
		return List.copyOf(this.questionIds);
	}

	List<Interviewer> getInterviewers() {
		return List.copyOf(this.interviewers);
	}

	public List<CriterionRating> getCandidateRatings() {
		return List.copyOf(this.candidateRatings);
	}

}
