package app.mockinterview.interview.sheet;

import java.time.Clock;
import java.time.Instant;

import app.mockinterview.interview.InterviewService;
import app.mockinterview.interview.Interviewer;
import app.mockinterview.interview.RatingsForm;
import app.mockinterview.system.CommittedCounters;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves, submits and amends scoring sheets; the interview's open pages are told. */
@Service
class SheetService {

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
		Interviewer interviewer = this.interviews.interviewer(token);
		ScoringSheet sheet = this.sheets.findByInterviewer(interviewer).orElseThrow();
		if (sheet.getVersion() != expectedVersion) {
			throw new StaleSheetException();
		}
		ScoringSheet.Content content = new ScoringSheet.Content(
				form.apply(this.interviews.slots(interviewer.getInterview())), form.overallScore(),
				form.feedbackForCandidate(), form.privateNotes());
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
