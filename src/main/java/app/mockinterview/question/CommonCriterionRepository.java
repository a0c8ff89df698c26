package app.mockinterview.question;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommonCriterionRepository extends JpaRepository<CommonCriterion, String> {

	List<CommonCriterion> findAllByOrderByPositionAsc();

}
