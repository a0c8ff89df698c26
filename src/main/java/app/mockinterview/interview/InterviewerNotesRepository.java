package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterviewerNotesRepository extends JpaRepository<InterviewerNotes, Long> {

	List<InterviewerNotes> findByInterviewerIdOrderByPositionAscStageAsc(Long interviewerId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update InterviewerNotes n set n.notes = :notes, n.revision = :revision, n.savedAt = :now
			where n.interviewerId = :interviewerId and n.position = :position and n.stage = :stage
			  and n.revision < :revision
			""")
	int saveNotes(@Param("interviewerId") Long interviewerId, @Param("position") int position,
			@Param("stage") Stage stage, @Param("notes") String notes, @Param("revision") long revision,
			@Param("now") Instant now);

}
