package app.mockinterview.question;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, String> {

	Optional<Question> findByIdAndActiveTrue(String id);

	List<Question> findByActiveTrue();

	long countByActiveTrue();

	@Query("select new app.mockinterview.question.StoredQuestionFile(q.id, q.sourcePath, q.contentHash, q.active) from Question q")
	List<StoredQuestionFile> findStoredFiles();

	@Query("select distinct t from Question q join q.topics t where q.active = true order by t")
	List<String> findActiveTopics();

	@Query("select distinct c from Question q join q.companies c where q.active = true order by c")
	List<String> findActiveCompanies();

}
