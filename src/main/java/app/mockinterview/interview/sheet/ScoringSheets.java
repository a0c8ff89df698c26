package app.mockinterview.interview.sheet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.mockinterview.interview.Interview;
import app.mockinterview.interview.InterviewReplay;
import app.mockinterview.interview.Interviewer;
import app.mockinterview.interview.InterviewService;
import app.mockinterview.interview.SheetRating;
import app.mockinterview.interview.CriterionRating;
import app.mockinterview.interview.RatingDots;
import app.mockinterview.interview.RatingLabels;
import app.mockinterview.chart.DotChart;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.QuestionParts;
import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;
import app.mockinterview.question.ElapsedTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads scoring sheets for their pages and exports: one interviewer's own sheet, and the
 * comparison of all sheets of an interview once every interviewer has submitted.
 */
@Component
class ScoringSheets {

	private final InterviewService service;

	private final ScoringSheetRepository sheets;

	private final QuestionCatalog catalog;

	private final CommonRubric rubric;

	private final QuestionParts parts;

	private final Clock clock;

	private final InterviewReplay replay;

	ScoringSheets(InterviewService service, ScoringSheetRepository sheets, QuestionCatalog catalog, CommonRubric rubric,
			QuestionParts parts, Clock clock, InterviewReplay replay) {
		this.service = service;
		this.replay = replay;
		this.sheets = sheets;
		this.catalog = catalog;
		this.rubric = rubric;
		this.parts = parts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	SheetView sheet(String token) {
		Interviewer interviewer = this.service.interviewer(token);
		Interview interview = interviewer.getInterview();
		ScoringSheet sheet = this.sheets.findByInterviewer(interviewer).orElseThrow();
		List<RatingLevel> scale = this.rubric.scale();
		boolean bothRated = sheet.isSubmitted() && interview.getSelfAssessedAt() != null;
		Map<String, CriterionRating> own = interview.getCandidateRatings()
			.stream()
			.collect(Collectors.toMap(CriterionRating::slot, Function.identity(), (a, b) -> a));
		List<SheetView.QuestionBlock> blocks = new ArrayList<>();
		List<String> ids = interview.getQuestionIds();
		for (int position = 0; position < ids.size(); position++) {
			QuestionContent question = this.catalog.get(ids.get(position));
			Map<String, RubricCriterion> criteria = this.rubric.rubricFor(question)
				.stream()
				.collect(Collectors.toMap(RubricCriterion::key, Function.identity(), (a, b) -> a));
			List<SheetRating> all = sheet.getRatings();
			List<SheetView.Row> rows = new ArrayList<>();
			for (int index = 0; index < all.size(); index++) {
				SheetRating rating = all.get(index);
				if (rating.position() != position) {
					continue;
				}
				CriterionRating self = bothRated ? own.get(rating.slot()) : null;
				RubricCriterion criterion = criteria.get(rating.criterionKey());
				rows.add(new SheetView.Row(index, rating, criterion,
						(self != null) ? RatingLabels.of(self.rating(), self.notAssessed(), scale) : null,
						question.guide().redFlagsFor(rating.criterionKey()),
						this.parts.redFlags(question, rating.criterionKey()),
						this.parts.ratingOptions(question, criterion, "ratings[" + index + "].rating", "sheet")));
			}
			blocks.add(new SheetView.QuestionBlock(position + 1, question.title(), rows, question.followUpsHtml(),
					question.guide(), this.parts.sheetGuide(question)));
		}
		List<ScoringSheet> all = this.sheets.findByInterview(interview);
		boolean comparisonReady = all.size() > 1 && all.stream().allMatch(ScoringSheet::isSubmitted);
		return new SheetView(token, interviewer.getName(), interview.getCandidateName(), interview.getRoundNumber(),
				blocks, sheet.getOverallRating(), sheet.getFeedbackForCandidate(), sheet.getPrivateNotes(),
				sheet.isSubmitted(), sheet.getSubmittedAt(), sheet.getVersion(), sheet.getAmendments(), scale,
				comparisonReady, stageTimes(interview));
	}

	private List<SheetView.StageTimes> stageTimes(Interview interview) {
		Instant now = this.clock.instant();
		List<SheetView.StageTimes> times = new ArrayList<>();
		List<String> ids = interview.getQuestionIds();
		for (int position = 0; position < ids.size(); position++) {
			QuestionContent question = this.catalog.get(ids.get(position));
			for (Stage stage : Stage.values()) {
				times.add(new SheetView.StageTimes(position + 1, stage.interviewLabel(),
						ElapsedTime.format(interview.elapsed(position, stage, now).toSeconds()),
						question.minutes().forStage(stage)));
			}
		}
		return times;
	}

	/**
	 * One row of the comparison: every interviewer's rating of one criterion, flagged
	 * when they are far apart.
	 */
	public record ComparisonRow(int questionNumber, String criterionName, List<String> ratings, boolean farApart,
			List<String> evidence, RubricCriterion criterion) {

		/** Whether the level descriptions can be shown beside the evidence. */
		public boolean anchored() {
			return this.criterion != null && this.criterion.hasLevels();
		}

		/** One interviewer's evidence, escaped, with its time stamps as times. */
		public String evidenceHtml(int interviewer) {
			return app.mockinterview.interview.TimeStamps.html(this.evidence.get(interviewer));
		}

	}

	public record Comparison(List<String> interviewers, List<ComparisonRow> rows, List<String> overall,
			DotChart chart) {

	}

	/**
	 * The side-by-side comparison, or null until every interviewer has submitted (sheets
	 * are blind before that).
	 */
	@Transactional(readOnly = true)
	Comparison comparison(String token) {
		Interview interview = this.service.interviewer(token).getInterview();
		List<ScoringSheet> all = this.sheets.findByInterview(interview);
		if (all.size() < 2 || !all.stream().allMatch(ScoringSheet::isSubmitted)) {
			return null;
		}
		List<RatingLevel> scale = this.rubric.scale();
		List<ComparisonRow> rows = new ArrayList<>();
		List<SheetRating> slots = all.get(0).getRatings();
		List<String> ids = interview.getQuestionIds();
		for (int i = 0; i < slots.size(); i++) {
			int index = i;
			SheetRating slot = slots.get(i);
			List<SheetRating> ratings = all.stream().map((sheet) -> sheet.getRatings().get(index)).toList();
			RubricCriterion criterion = this.catalog.find(ids.get(slot.position()))
				.flatMap((question) -> this.rubric.rubricFor(question)
					.stream()
					.filter((c) -> c.key().equals(slot.criterionKey()))
					.findFirst())
				.orElse(null);
			rows.add(new ComparisonRow(slot.position() + 1, slot.criterionName(),
					ratings.stream().map((r) -> RatingLabels.of(r.rating(), r.notAssessed(), scale)).toList(),
					farApart(ratings), ratings.stream().map(SheetRating::evidence).toList(), criterion));
		}
		DotChart chart = RatingDots.of("Ratings side by side, one row per criterion", DotChart.Layout.FULL,
				all.stream()
					.map((sheet) -> new RatingDots.Sheet(sheet.getInterviewer().getName(), sheet.getRatings()))
					.toList(),
				scale);
		return new Comparison(all.stream().map((sheet) -> sheet.getInterviewer().getName()).toList(), rows,
				all.stream().map((sheet) -> RatingLabels.of(sheet.getOverallRating(), false, scale)).toList(), chart);
	}

	/** Calibration: ratings of the same criterion that differ by two levels or more. */
	static boolean farApart(List<SheetRating> ratings) {
		List<Integer> values = ratings.stream().map(SheetRating::rating).filter(Objects::nonNull).toList();
		if (values.size() < 2) {
			return false;
		}
		return values.stream().mapToInt(Integer::intValue).max().getAsInt()
				- values.stream().mapToInt(Integer::intValue).min().getAsInt() >= 2;
	}

	/** One line of an export: one interviewer's rating of one criterion. */
	public record ExportRow(String interviewer, int questionNumber, String questionTitle, String criterion,
			String rating, String evidence) {

	}

	/** A sheet in export form, with its ratings as rows. */
	public record ExportSheet(String interviewer, String candidate, int round, boolean submitted, Instant submittedAt,
			String overall, String feedbackForCandidate, List<ExportRow> rows, List<SheetAmendment> amendments,
			List<InterviewReplay.QuestionHistory> candidateNotesHistory) {

	}

	/**
	 * The interviewer's own sheet, or every sheet of the interview once all are submitted
	 * (blind before).
	 */
	@Transactional(readOnly = true)
	List<ExportSheet> exports(String token, boolean all) {
		Interviewer interviewer = this.service.interviewer(token);
		Interview interview = interviewer.getInterview();
		List<ScoringSheet> sheets = this.sheets.findByInterview(interview);
		boolean everyoneSubmitted = sheets.stream().allMatch(ScoringSheet::isSubmitted);
		List<RatingLevel> scale = this.rubric.scale();
		List<String> ids = interview.getQuestionIds();
		// The candidate's notes as they changed (snapshots and deltas, see NotesHistory),
		// which the interviewers followed live anyway.
		List<InterviewReplay.QuestionHistory> history = this.replay.history(interview);
		return sheets.stream()
			.filter((sheet) -> sheet.getInterviewer().getId().equals(interviewer.getId()) || (all && everyoneSubmitted))
			.map((sheet) -> new ExportSheet(sheet.getInterviewer().getName(), interview.getCandidateName(),
					interview.getRoundNumber(), sheet.isSubmitted(), sheet.getSubmittedAt(),
					RatingLabels.of(sheet.getOverallRating(), false, scale), sheet.getFeedbackForCandidate(),
					sheet.getRatings()
						.stream()
						.map((r) -> new ExportRow(sheet.getInterviewer().getName(), r.position() + 1,
								this.catalog.find(ids.get(r.position())).map(QuestionContent::title).orElse(""),
								r.criterionName(), RatingLabels.of(r.rating(), r.notAssessed(), scale), r.evidence()))
						.toList(),
					sheet.getAmendments(), history))
			.toList();
	}

}
