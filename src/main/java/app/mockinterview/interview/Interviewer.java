package app.mockinterview.interview;

import java.time.Instant;

import app.mockinterview.system.CapabilityToken;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Someone who interviews in one interview, reached through their own capability link. The
 * lead created the interview; others shadow it with a sheet of their own.
 */
@Entity
@Table(name = "interviewer")
class Interviewer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "interview_id")
	private Interview interview;

	private String token;

	private String name;

	private boolean lead;

	private Instant createdAt;

	protected Interviewer() {
	}

	Interviewer(Interview interview, String name, boolean lead, Instant now) {
		this.interview = interview;
		this.token = CapabilityToken.generate();
		this.name = name;
		this.lead = lead;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	Interview getInterview() {
		return this.interview;
	}

	String getToken() {
		return this.token;
	}

	String getName() {
		return this.name;
	}

	boolean isLead() {
		return this.lead;
	}

}
