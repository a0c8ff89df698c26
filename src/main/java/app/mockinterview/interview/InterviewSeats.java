package app.mockinterview.interview;

import java.time.Clock;
import java.time.Instant;

import app.mockinterview.link.CapabilityToken;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats for more interviewers: the lead adds a seat and sends its invitation; whoever
 * claims it gets a console link of their own, and the invitation stops working.
 */
@Service
class InterviewSeats {

	private final InterviewService interviews;

	private final InterviewerRepository interviewers;

	private final InterviewEvents events;

	private final Clock clock;

	InterviewSeats(InterviewService interviews, InterviewerRepository interviewers, InterviewEvents events,
			Clock clock) {
		this.interviews = interviews;
		this.interviewers = interviewers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a seat for another interviewer.
	 * @return the invitation to send them (not their console link: only they get that,
	 * when they claim the invitation)
	 */
	@Transactional
	String addInterviewer(String token, String name) {
		Interview interview = this.interviews.lead(token).getInterview();
		Instant now = this.clock.instant();
		// Persist the new interviewer itself: saving the interview would merge a copy and
		// leave this one without id.
		Interviewer added = this.interviewers
			.saveAndFlush(interview.addInterviewer(DisplayName.of(name, "Second interviewer"), now));
		this.interviews.prepareInterviewer(interview, added, now);
		this.events.changed(interview.getId());
		return added.getInvitation();
	}

	/** The seat an unclaimed invitation is for. */
	@Transactional(readOnly = true)
	Invitation invitation(String invitation) {
		Interviewer invited = invited(invitation);
		Interview interview = invited.getInterview();
		return new Invitation(invited.getName(), interview.lead().map(Interviewer::getName).orElse("Interviewer"),
				interview.getRoundNumber());
	}

	record Invitation(String name, String leadName, int roundNumber) {

	}

	/**
	 * Claims an invitation: it stops working, and its holder gets a console link of their
	 * own.
	 * @return the new console token
	 */
	@Transactional
	String claimInvitation(String invitation) {
		Interviewer invited = invited(invitation);
		String token = invited.claim(this.clock.instant());
		this.interviewers.saveAndFlush(invited);
		return token;
	}

	/**
	 * A new invitation for a seat not claimed yet; the previous one stops working.
	 * @return the new invitation token
	 */
	@Transactional
	String reissueInvitation(String leadToken, long interviewerId) {
		Interview interview = this.interviews.lead(leadToken).getInterview();
		Interviewer seat = interview.getInterviewers()
			.stream()
			.filter((other) -> other.getId() == interviewerId && !other.isLead())
			.findFirst()
			.orElseThrow(() -> new InterviewStateException("There is no such interviewer in this interview."));
		String issued = seat.reissueInvitation();
		this.interviewers.saveAndFlush(seat);
		return issued;
	}

	private Interviewer invited(String invitation) {
		if (!CapabilityToken.isWellFormed(invitation)) {
			throw new InterviewNotFoundException();
		}
		return this.interviewers.findByInvitation(invitation).orElseThrow(InterviewNotFoundException::new);
	}

}
