package app.mockinterview.practice;

import java.util.List;
import java.util.Map;

import app.mockinterview.question.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The autosave's fields read as they come: what is complete becomes an edit, a missing
 * field is refused, an unreadable one is an error.
 */
class StageFormTests {

	@Test
	void completeFieldsMakeAnEdit() {
		assertThat(StageForm.of(Map.of("stage", "APPROACH", "notes", "Partition by day.", "revision", "7")).edit())
			.contains(new NotesEdit(Stage.APPROACH, "Partition by day.", 7L));
	}

	@Test
	void surroundingSpacesInStageAndRevisionAreIgnoredButNotInTheNotes() {
		assertThat(StageForm.of(Map.of("stage", " ANSWER ", "notes", "  indented\n", "revision", " 12 ")).edit())
			.contains(new NotesEdit(Stage.ANSWER, "  indented\n", 12L));
	}

	@Test
	void missingFieldsAreRefused() {
		assertThat(StageForm.of(Map.of("notes", "x", "revision", "1")).edit()).isEmpty();
		assertThat(StageForm.of(Map.of("stage", "CLARIFY", "revision", "1")).edit()).isEmpty();
		assertThat(StageForm.of(Map.of("stage", "CLARIFY", "notes", "x")).edit()).isEmpty();
	}

	@Test
	void unreadableFieldsAreAnError() {
		for (Map<String, String> fields : List.of(Map.of("stage", "clarify", "notes", "x", "revision", "1"),
				Map.of("stage", "NOT_A_STAGE", "notes", "x", "revision", "1"),
				Map.of("stage", "CLARIFY", "notes", "x", "revision", "one"),
				Map.of("stage", "CLARIFY", "notes", "x", "revision", "99999999999999999999"))) {
			assertThatIllegalArgumentException().as(fields.toString()).isThrownBy(() -> StageForm.of(fields));
		}
	}

	@Test
	void theReviewStageTakesNoNotes() {
		assertThat(StageForm.of(Map.of("stage", "REVIEW", "notes", "x", "revision", "1")).edit()).isEmpty();
	}

}
