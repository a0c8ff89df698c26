package app.mockinterview.interview;

import java.time.Clock;
import java.time.Instant;

import app.mockinterview.notes.Notes;
import app.mockinterview.notes.NotesSave;
import app.mockinterview.question.Stage;
import app.mockinterview.system.GroupCommit;

import org.springframework.stereotype.Service;

/**
 * Saves the notes typed during an interview: the candidate's (which the console shows
 * live) and each interviewer's private ones. Only the conditional update goes through the
 * group commit, shared with other people's saves; the token is looked up before, the open
 * pages are told after.
 */
@Service
class InterviewNotes {

	private final InterviewService interviews;

	private final InterviewNotesStatements statements;

	private final InterviewEvents events;

	private final InterviewMetrics metrics;

	private final GroupCommit groupCommit;

	private final Clock clock;

	InterviewNotes(InterviewService interviews, InterviewNotesStatements statements, InterviewEvents events,
			InterviewMetrics metrics, GroupCommit groupCommit, Clock clock) {
		this.interviews = interviews;
		this.statements = statements;
		this.events = events;
		this.metrics = metrics;
		this.groupCommit = groupCommit;
		this.clock = clock;
	}

	/**
	 * The candidate's notes for a question; on PostgreSQL the change notification joins
	 * the group commit's transaction.
	 */
	NotesSave saveCandidate(String candidateToken, int position, String notes, long revision) {
		Interview interview = this.interviews.candidateInterview(candidateToken);
		String checked = Notes.checked(notes);
		if (interview.getStatus() == InterviewStatus.ENDED) {
			throw new InterviewStateException("This interview has ended; notes can no longer change.");
		}
		Long interviewId = interview.getId();
		Instant now = this.clock.instant();
		boolean saved = this.groupCommit.run(() -> {
			boolean stored = this.statements.saveCandidate(interviewId, position, checked, revision, now);
			if (stored) {
				this.events.changedInGroupCommit(interviewId);
			}
			return stored;
		});
		if (!saved) {
			return NotesSave.stale(this.statements.candidateRevision(interviewId, position));
		}
		this.metrics.candidateNotesSaved.add();
		this.events.changedByGroupCommit(interviewId);
		return NotesSave.stored(revision, now);
	}

	/**
	 * An interviewer's private notes for a stage; nobody else sees them, so no page is
	 * told.
	 */
	NotesSave saveInterviewer(String token, int position, Stage stage, String notes, long revision) {
		Long interviewerId = this.interviews.interviewer(token).getId();
		String checked = Notes.checked(notes);
		Instant now = this.clock.instant();
		boolean saved = this.groupCommit
			.run(() -> this.statements.saveInterviewer(interviewerId, position, stage, checked, revision, now));
		if (!saved) {
			return NotesSave.stale(this.statements.interviewerRevision(interviewerId, position, stage));
		}
		this.metrics.interviewerNotesSaved.add();
		return NotesSave.stored(revision, now);
	}

}
