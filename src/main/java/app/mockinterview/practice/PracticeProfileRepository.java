package app.mockinterview.practice;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeProfileRepository extends JpaRepository<PracticeProfile, String> {

}
