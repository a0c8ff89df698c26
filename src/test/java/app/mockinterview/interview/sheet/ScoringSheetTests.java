package app.mockinterview.interview.sheet;

import java.time.Instant;
import java.util.List;

import app.mockinterview.interview.InterviewFixtures;
import app.mockinterview.interview.SheetRating;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sheet validation, locking, the amendment history and the calibration rule.
 */
class ScoringSheetTests {

	private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

	private final ScoringSheet sheet = new ScoringSheet(InterviewFixtures.unsavedLead("q", T0),
			List.of(slot("sizing", "Sizing"), slot("communication", "Communication")), T0);

	private static SheetRating slot(String key, String name) {
		return new SheetRating(0, key, name, null, false, "");
	}

	private static SheetRating rated(String key, String name, Integer rating, boolean notAssessed, String evidence) {
		return new SheetRating(0, key, name, rating, notAssessed, evidence);
	}

	private static ScoringSheet.Content content(Integer sizing, boolean sizingNotAssessed, Integer overall) {
		return new ScoringSheet.Content(List.of(rated("sizing", "Sizing", sizing, sizingNotAssessed, "12k/s peak"),
				rated("communication", "Communication", 3, false, "clear")), overall, "Well done", "hire?");
	}

	@Test
	void aDraftSavesWhateverIsThereWithoutHistory() {
		this.sheet.save(content(null, false, null), T0);
		assertThat(this.sheet.isSubmitted()).isFalse();
		assertThat(this.sheet.getRatings().get(1).rating()).isEqualTo(3);
		assertThat(this.sheet.getAmendments()).isEmpty();
	}

	@Test
	void submittingNeedsEveryCriterionDecidedAndAnOverallRecommendation() {
		assertThatExceptionOfType(SheetIncompleteException.class)
			.isThrownBy(() -> this.sheet.submit(content(null, false, 3), T0))
			.withMessage("The sheet is not complete. Rate or mark as not assessed: Sizing.");
		assertThatExceptionOfType(SheetIncompleteException.class)
			.isThrownBy(() -> this.sheet.submit(content(2, false, null), T0))
			.withMessageContaining("Choose an overall recommendation.");
		assertThat(this.sheet.isSubmitted()).isFalse();
	}

	@Test
	void notAssessedCountsAsADecision() {
		this.sheet.submit(content(null, true, 3), T0);
		assertThat(this.sheet.isSubmitted()).isTrue();
		assertThat(this.sheet.getRatings().get(0).ratingText()).isEqualTo("not assessed");
	}

	@Test
	void aChangeAfterSubmittingIsRecordedWithWhoWhenAndWhat() {
		this.sheet.submit(content(2, false, 3), T0);
		this.sheet.save(content(4, false, 4), T0.plusSeconds(60));
		assertThat(this.sheet.getAmendments()).singleElement().satisfies((amendment) -> {
			assertThat(amendment.amendedBy()).isEqualTo("Ines");
			assertThat(amendment.amendedAt()).isEqualTo(T0.plusSeconds(60));
			assertThat(amendment.changes()).isEqualTo("Sizing: 2 → 4; Overall: 3 → 4");
		});
		assertThat(this.sheet.getRatings().get(0).rating()).isEqualTo(4);
	}

	@Test
	void savingASubmittedSheetUnchangedRecordsNothing() {
		this.sheet.submit(content(2, false, 3), T0);
		this.sheet.save(content(2, false, 3), T0.plusSeconds(60));
		assertThat(this.sheet.getAmendments()).isEmpty();
	}

	@Test
	void ratingsTwoLevelsApartNeedCalibration() {
		assertThat(ScoringSheets.farApart(List.of(rated("a", "A", 1, false, ""), rated("a", "A", 3, false, ""))))
			.isTrue();
		assertThat(ScoringSheets.farApart(List.of(rated("a", "A", 2, false, ""), rated("a", "A", 3, false, ""))))
			.isFalse();
		assertThat(ScoringSheets.farApart(List.of(rated("a", "A", 4, false, ""), rated("a", "A", null, true, ""))))
			.isFalse();
	}

	@Test
	void csvCellsAreQuotedAndFormulasDefused() {
		assertThat(SheetExports.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(SheetExports.cell("plain, text")).isEqualTo("\"plain, text\"");
	}

}
