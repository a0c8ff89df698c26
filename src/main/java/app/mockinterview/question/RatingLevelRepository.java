package app.mockinterview.question;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingLevelRepository extends JpaRepository<RatingLevel, Integer> {

	List<RatingLevel> findAllByOrderByScoreAsc();

}
