package app.mockinterview.interview;

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

/**
 * The time spent in one stage of one question of an interview, and the minutes the
 * interviewer added to it.
 */
@Entity
@Table(name = "interview_stage_clock")
class StageClock {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "interview_id")
	private Interview interview;

	private int position;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private long spentMillis;

	private Instant enteredAt;

	private int extraMinutes;

	protected StageClock() {
	}

	StageClock(Interview interview, int position, Stage stage) {
		this.interview = interview;
		this.position = position;
		this.stage = stage;
	}

	void start(Instant now) {
		if (this.enteredAt == null) {
			this.enteredAt = now;
		}
	}

	void stop(Instant now) {
		if (this.enteredAt != null) {
			this.spentMillis += Math.max(0, Duration.between(this.enteredAt, now).toMillis());
			this.enteredAt = null;
		}
	}

	void extend(int minutes) {
		this.extraMinutes = Math.max(0, Math.min(120, this.extraMinutes + minutes));
	}

	Duration elapsed(Instant now) {
		long running = (this.enteredAt != null) ? Math.max(0, Duration.between(this.enteredAt, now).toMillis()) : 0;
		return Duration.ofMillis(this.spentMillis + running);
	}

	boolean isRunning() {
		return this.enteredAt != null;
	}

	int getPosition() {
		return this.position;
	}

	Stage getStage() {
		return this.stage;
	}

	int getExtraMinutes() {
		return this.extraMinutes;
	}

}
