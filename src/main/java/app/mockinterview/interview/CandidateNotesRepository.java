package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateNotesRepository extends JpaRepository<CandidateNotes, Long> {

	List<CandidateNotes> findByInterviewIdOrderByPosition(Long interviewId);

	Optional<CandidateNotes> findByInterviewIdAndPosition(Long interviewId, int position);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update CandidateNotes n set n.notes = :notes, n.revision = :revision, n.savedAt = :now
			where n.interviewId = :interviewId and n.position = :position and n.revision < :revision
			""")
	int saveNotes(@Param("interviewId") Long interviewId, @Param("position") int position, @Param("notes") String notes,
			@Param("revision") long revision, @Param("now") Instant now);

}
