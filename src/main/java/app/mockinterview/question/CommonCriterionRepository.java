package app.mockinterview.question;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommonCriterionRepository extends JpaRepository<CommonCriterion, String> {

	List<CommonCriterion> findAllByOrderByPositionAsc();

}
