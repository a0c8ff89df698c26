package app.mockinterview.interview;

/**
 * Scoring from the console: the ratings and evidence of the current question, saved into
 * the interviewer's one scoring sheet by the sheet's own save (implemented in
 * {@code interview.sheet}). Apart from {@link InterviewSheets} because the interview
 * service needs that one, and the sheet's save needs the interview service.
 */
public interface ConsoleRatings {

	/**
	 * Saves the posted criteria (and nothing else of the sheet) when the form's version
	 * is the sheet's; answers the sheet's new version.
	 * @throws InterviewStateException when the sheet changed since the form was loaded,
	 * or is submitted (amendments are made on the sheet page)
	 */
	long save(String token, RatingsForm form);

}
