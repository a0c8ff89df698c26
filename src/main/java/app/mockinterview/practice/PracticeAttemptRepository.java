package app.mockinterview.practice;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAttemptRepository extends JpaRepository<PracticeAttempt, String> {

	@EntityGraph(attributePaths = { "question" })
	List<PracticeAttempt> findByProfileIdOrderByStartedAtDesc(String profileId);

	long countByProfileId(String profileId);

}
