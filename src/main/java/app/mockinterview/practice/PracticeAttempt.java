package app.mockinterview.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import app.mockinterview.question.Question;
import app.mockinterview.question.Stage;
import app.mockinterview.link.CapabilityToken;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One solo run through a question. The candidate moves through the stages in order: back
 * to any stage, forward only to a stage already visited or the one right after the
 * furthest reached. Completing it with a self-score makes it read-only.
 */
@Entity
@Table(name = "practice_attempt")
class PracticeAttempt {

	@Id
	private String id;

	private String profileId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "question_id")
	private Question question;

	private Instant startedAt;

	private Instant completedAt;

	@Enumerated(EnumType.STRING)
	private Stage currentStage;

	@Enumerated(EnumType.STRING)
	private Stage furthestStage;

	private boolean relaxed;

	private boolean timerHidden;

	@Version
	private long version;

	@OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<AttemptStage> stages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "attempt_self_score", joinColumns = @JoinColumn(name = "attempt_id"))
	@OrderColumn(name = "position")
	private List<SelfScore> selfScores = new ArrayList<>();

	protected PracticeAttempt() {
	}

	static PracticeAttempt start(String profileId, Question question, Instant now) {
		PracticeAttempt attempt = new PracticeAttempt();
		attempt.id = CapabilityToken.generate();
		attempt.profileId = profileId;
		attempt.question = question;
		attempt.startedAt = now;
		attempt.currentStage = Stage.CLARIFY;
		attempt.furthestStage = Stage.CLARIFY;
		for (Stage stage : Stage.values()) {
			attempt.stages.add(new AttemptStage(attempt, stage));
		}
		attempt.stage(Stage.CLARIFY).enter(now);
		return attempt;
	}

	boolean isCompleted() {
		return this.completedAt != null;
	}

	/**
	 * Back to any stage; forward only as far as the stage after the furthest one reached.
	 */
	boolean canMoveTo(Stage target) {
		return !isCompleted() && target.ordinal() <= this.furthestStage.ordinal() + 1;
	}

	void moveTo(Stage target, Instant now) {
		requireOpen();
		if (!canMoveTo(target)) {
			throw new StageNotReachableException(target, this.furthestStage);
		}
		if (target == this.currentStage) {
			return;
		}
		stage(this.currentStage).leave(now);
		this.currentStage = target;
		stage(target).enter(now);
		if (target.ordinal() > this.furthestStage.ordinal()) {
			this.furthestStage = target;
		}
	}

	/** Reveals the next hint of the current stage, if there is one left. */
	void revealHint(int hintsAvailable) {
		requireOpen();
		stage(this.currentStage).revealHint(hintsAvailable);
	}

	void changeSettings(boolean relaxed, boolean timerHidden) {
		requireOpen();
		this.relaxed = relaxed;
		this.timerHidden = timerHidden;
	}

	void complete(List<SelfScore> scores, Instant now) {
		requireOpen();
		if (this.currentStage != Stage.REVIEW) {
			throw new StageNotReachableException(Stage.REVIEW, this.furthestStage);
		}
		stage(this.currentStage).leave(now);
		this.selfScores.clear();
		this.selfScores.addAll(scores);
		this.completedAt = now;
	}

	private void requireOpen() {
		if (isCompleted()) {
			throw new AttemptCompletedException();
		}
	}

	AttemptStage stage(Stage stage) {
		return this.stages.stream()
			.filter((candidate) -> candidate.getStage() == stage)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("attempt " + this.id + " has no row for " + stage));
	}

	Duration totalTime(Instant now) {
		return this.stages.stream().map((stage) -> stage.elapsed(now)).reduce(Duration.ZERO, Duration::plus);
	}

	int hintsUsed() {
		return this.stages.stream().mapToInt(AttemptStage::getHintsRevealed).sum();
	}

	OptionalDouble averageSelfScore() {
		return this.selfScores.stream().mapToInt(SelfScore::rating).average();
	}

	String getId() {
		return this.id;
	}

	String getProfileId() {
		return this.profileId;
	}

	/** The question's id, read without loading the question. */
	String getQuestionId() {
		return this.question.getId();
	}

	Question getQuestion() {
		return this.question;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

	Stage getCurrentStage() {
		return this.currentStage;
	}

	Stage getFurthestStage() {
		return this.furthestStage;
	}

	boolean isRelaxed() {
		return this.relaxed;
	}

	boolean isTimerHidden() {
		return this.timerHidden;
	}

	List<SelfScore> getSelfScores() {
		return List.copyOf(this.selfScores);
	}

}
