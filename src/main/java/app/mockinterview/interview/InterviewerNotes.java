package app.mockinterview.interview;

import java.time.Instant;

import app.mockinterview.question.Stage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An interviewer's private notes for one stage of one question, with the time they were
 * last saved.
 */
@Entity
@Table(name = "interviewer_notes")
class InterviewerNotes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long interviewerId;

	private int position;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String notes = "";

	private long revision;

	private Instant savedAt;

	protected InterviewerNotes() {
	}

	InterviewerNotes(Long interviewerId, int position, Stage stage) {
		this.interviewerId = interviewerId;
		this.position = position;
		this.stage = stage;
	}

	int getPosition() {
		return this.position;
	}

	Stage getStage() {
		return this.stage;
	}

	String getNotes() {
		return this.notes;
	}

	long getRevision() {
		return this.revision;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
