package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the live interview needs of the scoring sheets, implemented on the sheets' side
 * ({@code interview.sheet}), so that the interview does not depend on how sheets are
 * kept.
 */
public interface InterviewSheets {

	/** Opens an empty sheet for an interviewer who has just been seated. */
	void open(Interviewer interviewer, List<SheetRating> slots, Instant now);

	/** Whether each interviewer of the interview has submitted their sheet, by id. */
	Map<Long, Boolean> submittedByInterviewer(Interview interview);

	/** The lead interviewer's sheet, as the candidate may see it once it is shared. */
	Optional<SharedSheet> leadSheet(Interview interview);

	/**
	 * Every interviewer's ratings, lead first, once all of them have submitted (sheets
	 * are blind until then); empty before.
	 */
	List<RatingDots.Sheet> submittedRatings(Interview interview);

	/**
	 * This interviewer's own sheet, as the console scores it, with whether each
	 * interviewer has submitted (one read for the console).
	 */
	OwnSheet ownSheet(Interviewer interviewer);

	/**
	 * An interviewer's own sheet: every rating with its evidence, and its version; and
	 * whether each interviewer of the interview has submitted, by id.
	 */
	record OwnSheet(List<SheetRating> ratings, long version, boolean submitted,
			Map<Long, Boolean> submittedByInterviewer) {

	}

	/** The part of a sheet shared with the candidate: never the private notes. */
	record SharedSheet(List<SheetRating> ratings, Integer overallRating, String feedbackForCandidate) {

	}

}
