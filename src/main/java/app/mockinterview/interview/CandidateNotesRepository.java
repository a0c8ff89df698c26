package app.mockinterview.interview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateNotesRepository extends JpaRepository<CandidateNotes, Long> {

	List<CandidateNotes> findByInterviewIdOrderByPosition(Long interviewId);

	Optional<CandidateNotes> findByInterviewIdAndPosition(Long interviewId, int position);

}
