package app.mockinterview.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.mockinterview.interview.InterviewViews.AskedQuestion;
import app.mockinterview.interview.InterviewViews.Console;
import app.mockinterview.interview.InterviewViews.ConsoleNotes;
import app.mockinterview.interview.InterviewViews.Feedback;
import app.mockinterview.interview.InterviewViews.FeedbackRow;
import app.mockinterview.interview.InterviewViews.OtherInterviewer;
import app.mockinterview.interview.InterviewViews.People;
import app.mockinterview.interview.InterviewViews.PrivateNote;
import app.mockinterview.interview.InterviewViews.Progress;
import app.mockinterview.interview.InterviewViews.QuestionRef;
import app.mockinterview.interview.InterviewViews.Room;
import app.mockinterview.interview.InterviewViews.Round;
import app.mockinterview.interview.InterviewViews.InterviewClock;
import app.mockinterview.interview.InterviewViews.Scoring;
import app.mockinterview.interview.InterviewViews.ScoringRow;
import app.mockinterview.interview.InterviewViews.StageTime;
import app.mockinterview.interview.InterviewViews.Timer;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.QuestionParts;
import app.mockinterview.question.RatingLevel;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the console and the candidate room from the stored interview, each with only
 * what its reader may see.
 */
@Component
class InterviewPages {

	private final InterviewService service;

	private final InterviewRepository interviews;

	private final InterviewSheets sheets;

	private final CandidateNotesRepository candidateNotes;

	private final InterviewerNotesRepository interviewerNotes;

	private final QuestionCatalog catalog;

	private final CommonRubric rubric;

	private final QuestionParts parts;

	private final Clock clock;

	InterviewPages(InterviewService service, InterviewRepository interviews, InterviewSheets sheets,
			CandidateNotesRepository candidateNotes, InterviewerNotesRepository interviewerNotes,
			QuestionCatalog catalog, CommonRubric rubric, QuestionParts parts, Clock clock) {
		this.service = service;
		this.interviews = interviews;
		this.sheets = sheets;
		this.candidateNotes = candidateNotes;
		this.interviewerNotes = interviewerNotes;
		this.catalog = catalog;
		this.rubric = rubric;
		this.parts = parts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Console console(String token, String baseUrl) {
		Interviewer interviewer = this.service.interviewer(token);
		Interview interview = interviewer.getInterview();
		Instant now = this.clock.instant();
		List<QuestionRef> refs = questionRefs(interview);
		QuestionRef current = refs.get(interview.getCurrentPosition());
		QuestionContent question = this.catalog.get(current.id());
		CandidateNotes notes = this.candidateNotes
			.findByInterviewIdAndPosition(interview.getId(), interview.getCurrentPosition())
			.orElseThrow();
		List<InterviewerNotes> mine = this.interviewerNotes
			.findByInterviewerIdOrderByPositionAscStageAsc(interviewer.getId());
		InterviewerNotes currentNotes = mine.stream()
			.filter((n) -> n.getPosition() == interview.getCurrentPosition()
					&& n.getStage() == interview.getCurrentStage())
			.findFirst()
			.orElseThrow();
		List<PrivateNote> allNotes = mine.stream()
			.filter((n) -> !n.getNotes().isBlank())
			.sorted((a, b) -> (a.getPosition() != b.getPosition()) ? Integer.compare(a.getPosition(), b.getPosition())
					: a.getStage().compareTo(b.getStage()))
			.map((n) -> new PrivateNote(n.getPosition() + 1, n.getStage(), n.getNotes(), n.getSavedAt()))
			.toList();
		InterviewSheets.OwnSheet own = this.sheets.ownSheet(interviewer);
		Map<Long, Boolean> submitted = own.submittedByInterviewer();
		List<OtherInterviewer> others = interview.getInterviewers()
			.stream()
			.filter((other) -> !other.getId().equals(interviewer.getId()))
			.map((other) -> new OtherInterviewer(other.getId(), other.getName(),
					(interviewer.isLead() && other.getInvitation() != null)
							? baseUrl + "/interviews/join/" + other.getInvitation() : null,
					other.isClaimed(), submitted.get(other.getId())))
			.toList();
		List<Round> rounds = this.interviews.findBySessionIdOrderByRoundNumberAsc(interview.getSessionId())
			.stream()
			.map((round) -> roundFor(round, interview, interviewer, baseUrl))
			.toList();
		List<StageTime> times = new ArrayList<>();
		for (QuestionRef ref : refs) {
			QuestionContent q = this.catalog.get(ref.id());
			for (Stage stage : Stage.values()) {
				times.add(new StageTime(ref.position(), stage,
						app.mockinterview.question.ElapsedTime
							.format(interview.elapsed(ref.position(), stage, now).toSeconds()),
						q.minutes().forStage(stage)));
			}
		}
		People people = new People(interviewer.getName(), interviewer.isLead(), interview.getCandidateName(),
				baseUrl + "/interviews/c/" + interview.getCandidateToken(), others);
		Progress progress = new Progress(interview.getRoundNumber(), interview.getStatus(), interview.isPaused(), refs,
				current, interview.getCurrentStage());
		AskedQuestion asked = new AskedQuestion(question.promptHtml(), question.clarifyHtml(), question.approachHtml(),
				question.modelAnswerHtml(), question.followUpsHtml(), this.rubric.rubricFor(question),
				this.rubric.scale(), question.guide(),
				this.parts.interviewerGuide(question, interview.getCurrentStage()));
		ConsoleNotes consoleNotes = new ConsoleNotes(notes.getNotes(), currentNotes.getNotes(),
				currentNotes.getRevision(), allNotes);
		Scoring scoring = new Scoring(own.submitted(), interview.getFeedbackSharedAt() != null,
				interview.getSelfAssessedAt() != null, own.version(),
				scoringRows(own, interview.getCurrentPosition(), question));
		InterviewClock interviewClock = new InterviewClock(interview.elapsedInTotal(now).toSeconds(),
				interview.isClockRunning());
		return new Console(token, people, progress, asked, timer(interview, question, now), consoleNotes, scoring,
				rounds, times, interviewClock);
	}

	/** The criteria of the question at the position, as they stand on the sheet. */
	private List<ScoringRow> scoringRows(InterviewSheets.OwnSheet sheet, int position, QuestionContent question) {
		Map<String, RubricCriterion> criteria = this.rubric.rubricFor(question)
			.stream()
			.collect(Collectors.toMap(RubricCriterion::key, Function.identity(), (a, b) -> a));
		List<RatingLevel> scale = this.rubric.scale();
		List<ScoringRow> rows = new ArrayList<>();
		for (int index = 0; index < sheet.ratings().size(); index++) {
			SheetRating rating = sheet.ratings().get(index);
			if (rating.position() == position) {
				rows.add(new ScoringRow(index, rating, criteria.get(rating.criterionKey()),
						question.guide().redFlagsFor(rating.criterionKey()),
						RatingLabels.of(rating.rating(), rating.notAssessed(), scale)));
			}
		}
		return rows;
	}

	private static Round roundFor(Interview round, Interview current, Interviewer viewer, String baseUrl) {
		boolean isCurrent = round.getId().equals(current.getId());
		// The round after a swap seats the interviewer who swapped as its candidate: show
		// them (and only them: matched by identity, not by name) their own room.
		String candidateLink = (round.getRoundNumber() == current.getRoundNumber() + 1
				&& viewer.getId().equals(round.getCandidateWasInterviewerId()))
						? baseUrl + "/interviews/c/" + round.getCandidateToken() : null;
		String consoleLink = isCurrent ? baseUrl + "/interviews/i/" + viewer.getToken() : null;
		return new Round(round.getRoundNumber(), consoleLink, candidateLink, isCurrent);
	}

	@Transactional(readOnly = true)
	Room room(String token, String baseUrl) {
		Interview interview = this.service.candidateInterview(token);
		Instant now = this.clock.instant();
		List<QuestionRef> refs = questionRefs(interview);
		QuestionRef current = refs.get(interview.getCurrentPosition());
		QuestionContent question = this.catalog.get(current.id());
		CandidateNotes notes = this.candidateNotes
			.findByInterviewIdAndPosition(interview.getId(), interview.getCurrentPosition())
			.orElseThrow();
		List<CriterionRating> slots = this.service.slots(interview)
			.stream()
			.map((slot) -> new CriterionRating(slot.position(), slot.criterionKey(), slot.criterionName(), null, false))
			.toList();
		String nextRound = this.interviews.findBySessionIdOrderByRoundNumberAsc(interview.getSessionId())
			.stream()
			.filter((round) -> round.getRoundNumber() == interview.getRoundNumber() + 1)
			.findFirst()
			// The next round's lead is this round's candidate when that round was created
			// by
			// swapping this one (its candidate seat went to one of this round's
			// interviewers); who is who is never decided by name.
			.filter((next) -> interview.getInterviewers()
				.stream()
				.anyMatch((i) -> i.getId().equals(next.getCandidateWasInterviewerId())))
			.flatMap(Interview::lead)
			.map((lead) -> baseUrl + "/interviews/i/" + lead.getToken())
			.orElse(null);
		return new Room(token, interview.getCandidateName(), interview.getStatus(), interview.isPaused(),
				interview.getRoundNumber(), refs.size(), current, interview.getCurrentStage(), question.promptHtml(),
				this.parts.candidatePrompt(question), timer(interview, question, now), notes.getNotes(),
				notes.getRevision(), notes.getSavedAt(), slots, interview.getSelfAssessedAt() != null,
				feedback(interview), interview.getCandidateFeedbackAt() != null, nextRound, this.rubric.scale());
	}

	/**
	 * The shared feedback, or null while the lead has not shared it. Never includes
	 * private notes.
	 */
	private Feedback feedback(Interview interview) {
		// Blind until both sides have rated: the candidate sees the interviewer's ratings
		// only after rating themselves.
		if (interview.getFeedbackSharedAt() == null || interview.getSelfAssessedAt() == null) {
			return null;
		}
		InterviewSheets.SharedSheet sheet = this.sheets.leadSheet(interview).orElseThrow();
		List<RatingLevel> scale = this.rubric.scale();
		boolean showSelf = true;
		Map<String, CriterionRating> own = interview.getCandidateRatings()
			.stream()
			.collect(Collectors.toMap(CriterionRating::slot, Function.identity(), (a, b) -> a));
		List<FeedbackRow> rows = new ArrayList<>();
		for (SheetRating rating : sheet.ratings()) {
			CriterionRating mine = showSelf ? own.get(rating.slot()) : null;
			Integer gap = (mine != null && mine.rating() != null && rating.rating() != null)
					? mine.rating() - rating.rating() : null;
			rows.add(new FeedbackRow(rating.position() + 1, rating.criterionName(),
					RatingLabels.of(rating.rating(), rating.notAssessed(), scale),
					(mine != null) ? RatingLabels.of(mine.rating(), mine.notAssessed(), scale) : null, gap));
		}
		return new Feedback(rows, sheet.overallRating(), RatingLabels.of(sheet.overallRating(), false, scale),
				sheet.feedbackForCandidate());
	}

	private List<QuestionRef> questionRefs(Interview interview) {
		List<String> ids = interview.getQuestionIds();
		List<QuestionRef> refs = new ArrayList<>();
		for (int position = 0; position < ids.size(); position++) {
			refs.add(new QuestionRef(position, ids.get(position), this.catalog.title(ids.get(position))));
		}
		return refs;
	}

	private static Timer timer(Interview interview, QuestionContent question, Instant now) {
		StageClock clock = interview.clock(interview.getCurrentPosition(), interview.getCurrentStage());
		int minutes = question.minutes().forStage(interview.getCurrentStage()) + clock.getExtraMinutes();
		long limit = (interview.isTimeLimitsOff() || !interview.getCurrentStage().isTimed()) ? 0 : minutes * 60L;
		return new Timer(clock.elapsed(now).toSeconds(), limit, clock.isRunning(), interview.isTimerHidden(),
				interview.isTimeLimitsOff());
	}

}
