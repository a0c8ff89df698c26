package app.mockinterview.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.notes.NotesHistory;
import app.mockinterview.notes.NotesHistory.Stream;
import app.mockinterview.notes.Replay;
import app.mockinterview.question.ElapsedTime;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.Stage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replay of the candidate's notes after an interview: for its interviewers once it
 * has ended (console and sheet), for the candidate once the feedback is shared. It holds
 * only the candidate's own notes, so the same replay is safe for both sides.
 * <p>
 * The stage marks come from the interview's stage clocks, laid end to end in the order of
 * the questions and stages: exact when the interview went through the stages in order (as
 * the console leads it); a stage visited twice is marked once, with its whole time.
 */
@Component
public class InterviewReplay {

	private final InterviewService service;

	private final NotesHistory history;

	private final QuestionCatalog catalog;

	private final Clock clock;

	InterviewReplay(InterviewService service, NotesHistory history, QuestionCatalog catalog, Clock clock) {
		this.service = service;
		this.history = history;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The replay for an interviewer, empty while the interview has not ended.
	 * @param pageUrl the page the replay is on (its "show" form goes there)
	 */
	@Transactional(readOnly = true)
	public Optional<Replay> forInterviewer(String token, String pageUrl, Integer at) {
		Interview interview = this.service.interviewer(token).getInterview();
		if (interview.getStatus() != InterviewStatus.ENDED) {
			return Optional.empty();
		}
		return Optional.of(build(interview, pageUrl, "/interviews/i/" + token + "/replay", at));
	}

	/** The candidate's replay of their own notes, empty until the feedback is shared. */
	@Transactional(readOnly = true)
	Optional<Replay> forCandidate(String token, Integer at) {
		Interview interview = this.service.candidateInterview(token);
		if (interview.getFeedbackSharedAt() == null) {
			return Optional.empty();
		}
		return Optional.of(build(interview, "/interviews/c/" + token, "/interviews/c/" + token + "/replay", at));
	}

	/** One question's stored history of the candidate's notes, for the exports. */
	public record QuestionHistory(int position, List<NotesHistory.Revision> revisions) {

	}

	/**
	 * Every question's history of the candidate's notes (compact: snapshots and deltas).
	 */
	@Transactional(readOnly = true)
	public List<QuestionHistory> history(Interview interview) {
		List<QuestionHistory> all = new ArrayList<>();
		for (int position = 0; position < interview.getQuestionIds().size(); position++) {
			all.add(new QuestionHistory(position,
					this.history.revisions(Stream.question(interview.getId(), position))));
		}
		return all;
	}

	private Replay build(Interview interview, String pageUrl, String fragmentUrl, Integer at) {
		Instant now = this.clock.instant();
		List<String> questionIds = interview.getQuestionIds();
		boolean several = questionIds.size() > 1;
		List<Replay.Mark> marks = new ArrayList<>();
		long total = 0;
		for (int position = 0; position < questionIds.size(); position++) {
			for (Stage stage : Stage.values()) {
				Duration spent = interview.elapsed(position, stage, now);
				if (!spent.isZero()) {
					marks.add(new Replay.Mark(total / 1000, ElapsedTime.format(total / 1000), several
							? "Q%d · %s".formatted(position + 1, stage.interviewLabel()) : stage.interviewLabel()));
					total += spent.toMillis();
				}
			}
		}
		return Replay.of(pageUrl, fragmentUrl, at, total, marks, (moment) -> {
			List<Replay.Part> parts = new ArrayList<>();
			for (int position = 0; position < questionIds.size(); position++) {
				Optional<NotesHistory.Version> version = this.history.at(Stream.question(interview.getId(), position),
						moment);
				String text = version.map(NotesHistory.Version::text).orElse("");
				String heading = "Question %d: %s".formatted(position + 1,
						this.catalog.title(questionIds.get(position)));
				parts.add(new Replay.Part(heading, text, UserMarkdown.toSafeHtml(text),
						version.map(InterviewReplay::savedText).orElse(null)));
			}
			return parts;
		});
	}

	private static String savedText(NotesHistory.Version version) {
		return "saved at %s of interview time, during %s".formatted(ElapsedTime.format(version.elapsedMillis() / 1000),
				Stage.valueOf(version.stage()).interviewLabel().toLowerCase(java.util.Locale.ROOT));
	}

}
