package app.mockinterview.interview;

import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewerNotesRepository extends JpaRepository<InterviewerNotes, Long> {

	List<InterviewerNotes> findByInterviewerIdOrderByPositionAscStageAsc(Long interviewerId);

}
