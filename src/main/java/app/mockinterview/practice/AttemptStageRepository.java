package app.mockinterview.practice;

import java.time.Instant;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptStageRepository extends JpaRepository<AttemptStage, Long> {

	/**
	 * Stores notes only when they are newer than what is stored and the attempt is still
	 * open, in one statement, so a late-arriving older save can never overwrite a newer
	 * one.
	 * @return 1 when stored, 0 otherwise
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update AttemptStage s set s.notes = :notes, s.notesRevision = :revision, s.notesSavedAt = :now
			where s.attempt.id = :attemptId and s.stage = :stage and s.notesRevision < :revision
			  and exists (select 1 from PracticeAttempt a where a.id = :attemptId and a.completedAt is null)
			""")
	int saveNotes(@Param("attemptId") String attemptId, @Param("stage") Stage stage, @Param("notes") String notes,
			@Param("revision") long revision, @Param("now") Instant now);

	@Query("select s.notesRevision from AttemptStage s where s.attempt.id = :attemptId and s.stage = :stage")
	Optional<Long> findRevision(@Param("attemptId") String attemptId, @Param("stage") Stage stage);

}
