package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterviewerRepository extends JpaRepository<Interviewer, Long> {

	Optional<Interviewer> findByToken(String token);

	Optional<Interviewer> findByInvitation(String invitation);

}
