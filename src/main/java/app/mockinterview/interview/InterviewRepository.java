package app.mockinterview.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterviewRepository extends JpaRepository<Interview, Long> {

	Optional<Interview> findByCandidateToken(String token);

	List<Interview> findByCreatorBrowserOrderByCreatedAtDesc(String creatorBrowser);

	List<Interview> findBySessionIdOrderByRoundNumberAsc(String sessionId);

}
