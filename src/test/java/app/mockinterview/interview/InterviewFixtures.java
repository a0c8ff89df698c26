package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * Interviews for the tests of other packages (the scoring sheets): made the way the
 * console makes them, through the service.
 */
public final class InterviewFixtures {

	private InterviewFixtures() {
	}

	/**
	 * An interview that is not stored: its lead interviewer, for unit tests of sheets.
	 */
	public static Interviewer unsavedLead(String questionId, Instant at) {
		return Interview.create("s", 1, List.of(questionId), "Ines", "Carl", "b", false, null, at).lead().orElseThrow();
	}

	/**
	 * A new interview on one question, made through the service of a Spring test's
	 * context; answers the lead interviewer's token.
	 */
	public static String create(ApplicationContext context, String questionId) {
		return service(context).create(List.of(questionId), "Ines", "Carl", null).interviewerToken();
	}

	/** Seats a second interviewer who claims their invitation; answers their token. */
	public static String addSecondInterviewer(ApplicationContext context, String leadToken) {
		InterviewSeats seats = context.getBean(InterviewSeats.class);
		return seats.claimInvitation(seats.addInterviewer(leadToken, "Sam"));
	}

	private static InterviewService service(ApplicationContext context) {
		return context.getBean(InterviewService.class);
	}

}
