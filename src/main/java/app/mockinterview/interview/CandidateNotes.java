package app.mockinterview.interview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The candidate's notes for one question of an interview, which the interviewer follows
 * live. Written only by a conditional update that keeps the newest revision.
 */
@Entity
@Table(name = "candidate_notes")
class CandidateNotes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long interviewId;

	private int position;

	private String notes = "";

	private long revision;

	private Instant savedAt;

	protected CandidateNotes() {
	}

	CandidateNotes(Long interviewId, int position) {
		this.interviewId = interviewId;
		this.position = position;
	}

	int getPosition() {
		return this.position;
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
