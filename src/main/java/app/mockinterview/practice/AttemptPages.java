package app.mockinterview.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.Hint;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.Stage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the view of an attempt page from the stored attempt and its question.
 */
@Component
class AttemptPages {

	private final PracticeService practice;

	private final QuestionCatalog catalog;

	private final CommonRubric rubric;

	private final Clock clock;

	AttemptPages(PracticeService practice, QuestionCatalog catalog, CommonRubric rubric, Clock clock) {
		this.practice = practice;
		this.catalog = catalog;
		this.rubric = rubric;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AttemptView view(String attemptId) {
		PracticeAttempt attempt = this.practice.find(attemptId);
		QuestionContent question = this.catalog.get(attempt.getQuestionId());
		Instant now = this.clock.instant();
		List<AttemptView.Step> steps = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			steps.add(new AttemptView.Step(stage, state(attempt, stage), attempt.canMoveTo(stage),
					attempt.stage(stage).elapsed(now).toSeconds(), question.minutes().forStage(stage)));
		}
		Stage current = attempt.getCurrentStage();
		AttemptView.StageWork work = null;
		if (current.isTimed() && !attempt.isCompleted()) {
			AttemptStage row = attempt.stage(current);
			List<Hint> hints = question.hintsFor(current);
			long limit = attempt.isRelaxed() ? 0 : question.minutes().forStage(current) * 60L;
			work = new AttemptView.StageWork(current, row.getNotes(), row.getNotesRevision(), row.getNotesSavedAt(),
					hints.stream().limit(row.getHintsRevealed()).map(Hint::html).toList(), hints.size(),
					row.elapsed(now).toSeconds(), limit);
		}
		AttemptView.Review review = null;
		if (current == Stage.REVIEW || attempt.isCompleted()) {
			List<AttemptView.StageNotes> notes = new ArrayList<>();
			for (Stage stage : Stage.values()) {
				if (stage.isTimed()) {
					AttemptStage row = attempt.stage(stage);
					notes.add(new AttemptView.StageNotes(stage, UserMarkdown.toSafeHtml(row.getNotes()),
							row.getNotes().isBlank(), row.getHintsRevealed(), row.elapsed(now).toSeconds()));
				}
			}
			review = new AttemptView.Review(notes, question.clarifyHtml(), question.approachHtml(),
					question.modelAnswerHtml(), question.followUpsHtml(), question.sourcesHtml(),
					this.rubric.rubricFor(question), this.rubric.scale(), attempt.getSelfScores(), question.guide());
		}
		return new AttemptView(attempt.getId(), question.id(), question.title(), question.difficulty(),
				question.promptHtml(), current, attempt.isCompleted(), attempt.isRelaxed(), attempt.isTimerHidden(),
				steps, work, review, attempt.totalTime(now), attempt.hintsUsed(), attempt.getStartedAt());
	}

	private static String state(PracticeAttempt attempt, Stage stage) {
		if (attempt.isCompleted()) {
			return "done";
		}
		if (stage == attempt.getCurrentStage()) {
			return "current";
		}
		if (stage.ordinal() <= attempt.getFurthestStage().ordinal()) {
			return "done";
		}
		return attempt.canMoveTo(stage) ? "open" : "locked";
	}

}
