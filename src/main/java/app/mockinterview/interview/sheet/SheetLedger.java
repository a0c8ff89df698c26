package app.mockinterview.interview.sheet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.mockinterview.interview.Interview;
import app.mockinterview.interview.InterviewSheets;
import app.mockinterview.interview.Interviewer;
import app.mockinterview.interview.RatingDots;
import app.mockinterview.interview.SheetRating;

import org.springframework.stereotype.Component;

/** The interview's view of the scoring sheets. */
@Component
class SheetLedger implements InterviewSheets {

	private final ScoringSheetRepository sheets;

	SheetLedger(ScoringSheetRepository sheets) {
		this.sheets = sheets;
	}

	@Override
	public void open(Interviewer interviewer, List<SheetRating> slots, Instant now) {
		this.sheets.save(new ScoringSheet(interviewer, slots, now));
	}

	@Override
	public Map<Long, Boolean> submittedByInterviewer(Interview interview) {
		return this.sheets.findByInterview(interview)
			.stream()
			.collect(Collectors.toMap((sheet) -> sheet.getInterviewer().getId(), ScoringSheet::isSubmitted));
	}

	@Override
	public List<RatingDots.Sheet> submittedRatings(Interview interview) {
		List<ScoringSheet> all = this.sheets.findWithRatingsByInterview(interview);
		if (all.isEmpty() || !all.stream().allMatch(ScoringSheet::isSubmitted)) {
			return List.of();
		}
		return all.stream()
			.map((sheet) -> new RatingDots.Sheet(sheet.getInterviewer().getName(), sheet.getRatings()))
			.toList();
	}

	@Override
	public OwnSheet ownSheet(Interviewer interviewer) {
		List<ScoringSheet> all = this.sheets.findWithRatingsByInterview(interviewer.getInterview());
		ScoringSheet sheet = all.stream()
			.filter((s) -> s.getInterviewer().getId().equals(interviewer.getId()))
			.findFirst()
			.orElseThrow();
		return new OwnSheet(sheet.getRatings(), sheet.getVersion(), sheet.isSubmitted(),
				all.stream().collect(Collectors.toMap((s) -> s.getInterviewer().getId(), ScoringSheet::isSubmitted)));
	}

	@Override
	public Optional<SharedSheet> leadSheet(Interview interview) {
		return this.sheets.findByInterview(interview)
			.stream()
			.filter((sheet) -> sheet.getInterviewer().isLead())
			.findFirst()
			.map((sheet) -> new SharedSheet(sheet.getRatings(), sheet.getOverallRating(),
					sheet.getFeedbackForCandidate()));
	}

}
