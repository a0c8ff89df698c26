package app.mockinterview.question;

import org.springframework.data.jpa.repository.JpaRepository;

interface RubricNoteRepository extends JpaRepository<RubricNote, String> {

}
