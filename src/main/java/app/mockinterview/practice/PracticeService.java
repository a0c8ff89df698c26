package app.mockinterview.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.question.Stage;
import app.mockinterview.system.ActivityMetrics;
import app.mockinterview.system.CapabilityToken;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of solo practice, each in its own transaction: starting an attempt,
 * saving notes, moving between stages, revealing hints, changing the timer settings and
 * completing with a self-score.
 */
@Service
class PracticeService {

	private final PracticeAttemptRepository attempts;

	private final AttemptStageRepository stages;

	private final PracticeProfileRepository profiles;

	private final QuestionRepository questions;

	private final ActivityMetrics metrics;

	private final Clock clock;

	PracticeService(PracticeAttemptRepository attempts, AttemptStageRepository stages,
			PracticeProfileRepository profiles, QuestionRepository questions, ActivityMetrics metrics, Clock clock) {
		this.attempts = attempts;
		this.stages = stages;
		this.profiles = profiles;
		this.questions = questions;
		this.metrics = metrics;
		this.clock = clock;
	}

	record Started(String profileId, String attemptId) {

	}

	/**
	 * Starts an attempt for the profile, creating the profile when there is none yet (or
	 * an unknown one).
	 */
	@Transactional
	Started start(Optional<String> profileId, String questionId) {
		Question question = this.questions.findByIdAndActiveTrue(questionId)
			.orElseThrow(() -> new QuestionNotFoundException(questionId));
		Instant now = this.clock.instant();
		String owner = profileId.filter(CapabilityToken::isWellFormed)
			.filter(this.profiles::existsById)
			.orElseGet(() -> this.profiles.save(PracticeProfile.create(now)).getId());
		PracticeAttempt attempt = this.attempts.save(PracticeAttempt.start(owner, question, now));
		this.metrics.practiceStarted();
		return new Started(owner, attempt.getId());
	}

	@Transactional
	SaveResult saveNotes(String attemptId, NotesEdit edit) {
		if (edit.sizeInBytes() > NotesEdit.MAX_BYTES) {
			throw new NotesTooLargeException(edit.sizeInBytes(), NotesEdit.MAX_BYTES);
		}
		if (!edit.stage().isTimed()) {
			throw new IllegalArgumentException("the review stage has no notes");
		}
		Instant now = this.clock.instant();
		if (this.stages.saveNotes(attemptId, edit.stage(), edit.notes(), edit.revision(), now) == 1) {
			this.metrics.autosaved("practice");
			return new SaveResult(true, edit.revision(), now);
		}
		PracticeAttempt attempt = find(attemptId);
		if (attempt.isCompleted()) {
			throw new AttemptCompletedException();
		}
		AttemptStage stored = attempt.stage(edit.stage());
		return new SaveResult(false, stored.getNotesRevision(), stored.getNotesSavedAt());
	}

	/**
	 * Saves the notes that came with the form (if any), then moves. A stale save stops
	 * the move.
	 */
	@Transactional
	Optional<SaveResult> moveTo(String attemptId, Optional<NotesEdit> edit, Stage target) {
		Optional<SaveResult> saved = edit.map((notes) -> saveNotes(attemptId, notes));
		if (saved.filter(SaveResult::isStale).isPresent()) {
			return saved;
		}
		find(attemptId).moveTo(target, this.clock.instant());
		return saved;
	}

	@Transactional
	Optional<SaveResult> revealHint(String attemptId, Optional<NotesEdit> edit) {
		Optional<SaveResult> saved = edit.map((notes) -> saveNotes(attemptId, notes));
		PracticeAttempt attempt = find(attemptId);
		attempt.revealHint(attempt.getQuestion().hintsFor(attempt.getCurrentStage()).size());
		return saved;
	}

	@Transactional
	Optional<SaveResult> changeSettings(String attemptId, Optional<NotesEdit> edit, boolean relaxed,
			boolean timerHidden) {
		Optional<SaveResult> saved = edit.map((notes) -> saveNotes(attemptId, notes));
		find(attemptId).changeSettings(relaxed, timerHidden);
		return saved;
	}

	@Transactional
	void complete(String attemptId, List<SelfScore> scores) {
		find(attemptId).complete(scores, this.clock.instant());
		this.metrics.practiceCompleted();
	}

	PracticeAttempt find(String attemptId) {
		if (!CapabilityToken.isWellFormed(attemptId)) {
			throw new AttemptNotFoundException();
		}
		return this.attempts.findById(attemptId).orElseThrow(AttemptNotFoundException::new);
	}

}
