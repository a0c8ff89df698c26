package app.mockinterview.interview.sheet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.mockinterview.interview.ConsoleRatings;
import app.mockinterview.interview.InterviewService;
import app.mockinterview.interview.InterviewStateException;
import app.mockinterview.interview.SheetRating;
import app.mockinterview.interview.Interviewer;
import app.mockinterview.interview.RatingsForm;
import app.mockinterview.system.CommittedCounters;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, submits and amends scoring sheets, from the sheet page and from the console; the
 * interview's open pages are told.
 */
@Service
class SheetService implements ConsoleRatings {

	private final InterviewService interviews;

	private final ScoringSheetRepository sheets;

	private final CommittedCounters.Count autosaved;

	private final Clock clock;

	SheetService(InterviewService interviews, ScoringSheetRepository sheets, CommittedCounters counters, Clock clock) {
		this.interviews = interviews;
		this.sheets = sheets;
		this.autosaved = counters.autosaves("sheet");
		this.clock = clock;
	}

	@Transactional
	ScoringSheet save(String token, RatingsForm form, long expectedVersion, boolean submit) {
		return save(token, form, expectedVersion, submit, false);
	}

	/**
	 * The console's save: only the criteria it posts (the current question's), the rest
	 * of the sheet as it is. A stale form and a submitted sheet are refused.
	 */
	@Override
	@Transactional
	public long save(String token, RatingsForm form) {
		try {
			return save(token, form, Objects.requireNonNull(form.version()), false, true).getVersion();
		}
		catch (StaleSheetException ex) {
			throw new InterviewStateException(ex.getMessage());
		}
	}

	/**
	 * @param ratingsOnly whether the form holds only some criteria (the console's
	 * scoring): the others, the overall recommendation, the feedback and the private
	 * notes stay as they are
	 */
	@Transactional
	ScoringSheet save(String token, RatingsForm form, long expectedVersion, boolean submit, boolean ratingsOnly) {
		Interviewer interviewer = this.interviews.interviewer(token);
		ScoringSheet sheet = this.sheets.findByInterviewer(interviewer).orElseThrow();
		if (ratingsOnly && sheet.isSubmitted()) {
			throw new InterviewStateException(
					"Your sheet is submitted: amend it on the sheet page, where the change is recorded.");
		}
		if (sheet.getVersion() != expectedVersion) {
			throw new StaleSheetException();
		}
		List<SheetRating> ratings = form.apply(this.interviews.slots(interviewer.getInterview()));
		ScoringSheet.Content content;
		if (ratingsOnly) {
			Set<String> posted = form.ratings()
				.stream()
				.filter((entry) -> entry != null && entry.slot() != null)
				.map(RatingsForm.Entry::slot)
				.collect(Collectors.toSet());
			content = new ScoringSheet.Content(ratings.stream().filter((r) -> posted.contains(r.slot())).toList(),
					sheet.getOverallRating(), sheet.getFeedbackForCandidate(), sheet.getPrivateNotes());
		}
		else {
			content = new ScoringSheet.Content(ratings, form.overallScore(), form.feedbackForCandidate(),
					form.privateNotes());
		}
		Instant now = this.clock.instant();
		if (submit) {
			sheet.submit(content, now);
		}
		else {
			sheet.save(content, now);
			this.autosaved.add();
		}
		try {
			this.sheets.saveAndFlush(sheet);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another save of the same version committed between our check and our write.
			throw new StaleSheetException();
		}
		this.interviews.changed(interviewer.getInterview());
		return sheet;
	}

}
