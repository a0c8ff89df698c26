package app.mockinterview.practice;

import java.time.Duration;
import java.time.Instant;

import app.mockinterview.question.Stage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What happened in one stage of an attempt: the candidate's notes, the hints revealed and
 * the time spent. The notes are written only by a conditional update
 * ({@link NotesStatement}); dynamic updates make sure that changing the timer or hints
 * never writes back an older copy of them.
 */
@Entity
@Table(name = "attempt_stage")
@DynamicUpdate
class AttemptStage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "attempt_id")
	private PracticeAttempt attempt;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String notes = "";

	private long notesRevision;

	private Instant notesSavedAt;

	private int hintsRevealed;

	private long spentMillis;

	/**
	 * When the current visit to this stage began; null when the candidate is in another
	 * stage.
	 */
	private Instant enteredAt;

	protected AttemptStage() {
	}

	AttemptStage(PracticeAttempt attempt, Stage stage) {
		this.attempt = attempt;
		this.stage = stage;
	}

	void enter(Instant now) {
		if (this.enteredAt == null) {
			this.enteredAt = now;
		}
	}

	void leave(Instant now) {
		if (this.enteredAt != null) {
			this.spentMillis += Math.max(0, Duration.between(this.enteredAt, now).toMillis());
			this.enteredAt = null;
		}
	}

	Duration elapsed(Instant now) {
		long running = (this.enteredAt != null) ? Math.max(0, Duration.between(this.enteredAt, now).toMillis()) : 0;
		return Duration.ofMillis(this.spentMillis + running);
	}

	boolean isVisited() {
		return this.enteredAt != null || this.spentMillis > 0 || this.notesRevision > 0;
	}

	void revealHint(int available) {
		if (this.hintsRevealed < available) {
			this.hintsRevealed++;
		}
	}

	Stage getStage() {
		return this.stage;
	}

	String getNotes() {
		return this.notes;
	}

	long getNotesRevision() {
		return this.notesRevision;
	}

	Instant getNotesSavedAt() {
		return this.notesSavedAt;
	}

	int getHintsRevealed() {
		return this.hintsRevealed;
	}

}
