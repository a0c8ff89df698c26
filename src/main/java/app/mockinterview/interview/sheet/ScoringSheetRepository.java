package app.mockinterview.interview.sheet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.mockinterview.interview.Interview;
import app.mockinterview.interview.Interviewer;
import app.mockinterview.question.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScoringSheetRepository extends JpaRepository<ScoringSheet, Long> {

	Optional<ScoringSheet> findByInterviewer(Interviewer interviewer);

	@Query("select s from ScoringSheet s where s.interviewer.interview = :interview order by s.interviewer.id")
	List<ScoringSheet> findByInterview(@Param("interview") Interview interview);

	/** The sheets of an interview with their ratings, in one statement (the console). */
	@Query("select distinct s from ScoringSheet s left join fetch s.ratings"
			+ " where s.interviewer.interview = :interview order by s.interviewer.id")
	List<ScoringSheet> findWithRatingsByInterview(@Param("interview") Interview interview);

}
