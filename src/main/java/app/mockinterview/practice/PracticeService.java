package app.mockinterview.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.notes.Notes;
import app.mockinterview.notes.NotesSave;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.question.Stage;
import app.mockinterview.link.CapabilityToken;
import app.mockinterview.system.GroupCommit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state changes of solo practice, each in its own transaction: starting an attempt,
 * saving notes, moving between stages, revealing hints, changing the timer settings and
 * completing with a self-score. A plain notes save (the autosave and the "save notes"
 * form) shares its commit with other people's saves through {@link GroupCommit}.
 */
@Service
class PracticeService {

	private final PracticeAttemptRepository attempts;

	private final NotesStatement notes;

	private final PracticeProfileRepository profiles;

	private final QuestionRepository questions;

	private final PracticeMetrics metrics;

	private final GroupCommit groupCommit;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	PracticeService(PracticeAttemptRepository attempts, NotesStatement notes, PracticeProfileRepository profiles,
			QuestionRepository questions, PracticeMetrics metrics, GroupCommit groupCommit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.attempts = attempts;
		this.notes = notes;
		this.profiles = profiles;
		this.questions = questions;
		this.metrics = metrics;
		this.groupCommit = groupCommit;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
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
		this.metrics.started.add();
		return new Started(owner, attempt.getId());
	}

	/**
	 * Saves notes on their own (the autosave, the "save notes" form). Only the
	 * conditional update goes through the group commit; a refusal is looked into after
	 * the commit.
	 */
	NotesSave saveNotes(String attemptId, NotesEdit edit) {
		check(attemptId, edit);
		Instant now = this.clock.instant();
		if (this.groupCommit.run(() -> this.notes.save(attemptId, edit.stage(), edit.notes(), edit.revision(), now))) {
			// Committed: outside a transaction the counter counts at once.
			this.metrics.autosaved.add();
			return NotesSave.stored(edit.revision(), now);
		}
		return this.readOnly.execute((status) -> refused(attemptId, edit));
	}

	/** Saves notes as part of another change, in that change's transaction. */
	private NotesSave saveNotesWithChange(String attemptId, NotesEdit edit) {
		check(attemptId, edit);
		Instant now = this.clock.instant();
		if (store(attemptId, edit, now)) {
			this.metrics.autosaved.add();
			return NotesSave.stored(edit.revision(), now);
		}
		return refused(attemptId, edit);
	}

	private static void check(String attemptId, NotesEdit edit) {
		Notes.checked(edit.notes());
		if (!edit.stage().isTimed()) {
			throw new IllegalArgumentException("the review stage has no notes");
		}
		if (!CapabilityToken.isWellFormed(attemptId)) {
			throw new AttemptNotFoundException();
		}
	}

	private boolean store(String attemptId, NotesEdit edit, Instant now) {
		return this.notes.save(attemptId, edit.stage(), edit.notes(), edit.revision(), now);
	}

	/**
	 * Why a save was not stored: the attempt is unknown or complete, or a newer revision
	 * is stored (whose revision the answer carries).
	 */
	private NotesSave refused(String attemptId, NotesEdit edit) {
		PracticeAttempt attempt = find(attemptId);
		if (attempt.isCompleted()) {
			throw new AttemptCompletedException();
		}
		AttemptStage stored = attempt.stage(edit.stage());
		return NotesSave.stale(stored.getNotesRevision());
	}

	/**
	 * Saves the notes that came with the form (if any), then moves. A stale save stops
	 * the move.
	 */
	@Transactional
	Optional<NotesSave> moveTo(String attemptId, Optional<NotesEdit> edit, Stage target) {
		Optional<NotesSave> saved = edit.map((notes) -> saveNotesWithChange(attemptId, notes));
		if (saved.filter(NotesSave::isStale).isPresent()) {
			return saved;
		}
		find(attemptId).moveTo(target, this.clock.instant());
		return saved;
	}

	@Transactional
	Optional<NotesSave> revealHint(String attemptId, Optional<NotesEdit> edit) {
		Optional<NotesSave> saved = edit.map((notes) -> saveNotesWithChange(attemptId, notes));
		PracticeAttempt attempt = find(attemptId);
		attempt.revealHint(attempt.getQuestion().hintsFor(attempt.getCurrentStage()).size());
		return saved;
	}

	@Transactional
	Optional<NotesSave> changeSettings(String attemptId, Optional<NotesEdit> edit, boolean relaxed,
			boolean timerHidden) {
		Optional<NotesSave> saved = edit.map((notes) -> saveNotesWithChange(attemptId, notes));
		find(attemptId).changeSettings(relaxed, timerHidden);
		return saved;
	}

	@Transactional
	void complete(String attemptId, List<SelfScore> scores) {
		find(attemptId).complete(scores, this.clock.instant());
		this.metrics.completed.add();
	}

	PracticeAttempt find(String attemptId) {
		if (!CapabilityToken.isWellFormed(attemptId)) {
			throw new AttemptNotFoundException();
		}
		return this.attempts.findById(attemptId).orElseThrow(AttemptNotFoundException::new);
	}

}
