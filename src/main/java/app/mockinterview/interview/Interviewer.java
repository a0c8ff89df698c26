package app.mockinterview.interview;

import java.time.Instant;

import app.mockinterview.link.CapabilityToken;
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
 * lead created the interview; others shadow it with a sheet of their own. Others join
 * through an invitation: a one-time link the lead sends, which the invited person claims
 * by opening it and which then gives them a console link nobody else has seen. So the
 * lead never holds a link to the second interviewer's notes and draft sheet.
 */
@Entity
@Table(name = "interviewer")
public class Interviewer {

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

	/** The unclaimed invitation, or null once claimed (and for the lead). */
	private String invitation;

	private Instant claimedAt;

	protected Interviewer() {
	}

	Interviewer(Interview interview, String name, boolean lead, Instant now) {
		this.interview = interview;
		this.token = CapabilityToken.generate();
		this.name = name;
		this.lead = lead;
		this.createdAt = now;
		if (lead) {
			this.claimedAt = now;
		}
		else {
			this.invitation = CapabilityToken.generate();
		}
	}

	/**
	 * Makes the seat the invited person's: a new console link, which only they receive,
	 * and the invitation stops working.
	 * @return the console token
	 */
	String claim(Instant now) {
		if (this.invitation == null) {
			throw new InterviewNotFoundException();
		}
		this.invitation = null;
		this.claimedAt = now;
		this.token = CapabilityToken.generate();
		return this.token;
	}

	/**
	 * Replaces an invitation that was not claimed yet (sent to the wrong person, lost);
	 * the old one stops working. A claimed seat belongs to whoever claimed it.
	 * @return the new invitation token
	 */
	String reissueInvitation() {
		if (isClaimed()) {
			throw new InterviewStateException(this.name + " has already opened their invitation; the seat is theirs. "
					+ "If they lost their link, add the interviewer again.");
		}
		this.invitation = CapabilityToken.generate();
		return this.invitation;
	}

	String getInvitation() {
		return this.invitation;
	}

	boolean isClaimed() {
		return this.claimedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public Interview getInterview() {
		return this.interview;
	}

	String getToken() {
		return this.token;
	}

	public String getName() {
		return this.name;
	}

	public boolean isLead() {
		return this.lead;
	}

}
