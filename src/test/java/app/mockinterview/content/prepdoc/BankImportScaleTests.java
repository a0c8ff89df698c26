package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A prep document with very many questions: previewing stays linear in the questions,
 * more than {@link BankImport#MAX_QUESTIONS} are refused with a message, and the preview
 * stays small whatever the document holds.
 */
class BankImportScaleTests {

	@TempDir
	Path content;

	private final BankImport bankImport = new BankImport();

	@Test
	void tooManyHeadingsAreRefusedQuicklyWithAMessage() throws IOException {
		byte[] document = ("# EASY\n\n" + "### Easy 1 — Q\n\n**Model answer:**\n\nA.\n\n".repeat(20_000))
			.getBytes(StandardCharsets.UTF_8);
		BankImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> this.bankImport.preview("many.md", document, folder()));
		assertThat(preview.questions()).isEmpty();
		assertThat(preview.hasErrors()).isTrue();
		assertThat(String.join("\n", preview.reportLines())).contains("20001 headings")
			.contains("at most " + BankImport.MAX_HEADINGS)
			.hasSizeLessThan(2_000);
	}

	@Test
	void moreQuestionsThanAllowedAreRefusedWithAMessage() throws IOException {
		byte[] document = ("# EASY\n\n"
				+ "### Easy 1 — Q\n\n**Model answer:**\n\nA.\n\n".repeat(BankImport.MAX_QUESTIONS + 1))
			.getBytes(StandardCharsets.UTF_8);
		BankImportPreview preview = this.bankImport.preview("many.md", document, folder());
		assertThat(preview.questions()).isEmpty();
		assertThat(String.join("\n", preview.reportLines()))
			.contains((BankImport.MAX_QUESTIONS + 1) + " question headings")
			.contains("at most " + BankImport.MAX_QUESTIONS);
	}

	@Test
	void thousandsOfIgnoredSectionsMakeAShortPreview() throws IOException {
		byte[] document = ("# EASY\n\n" + "### Q\n\n".repeat(BankImport.MAX_HEADINGS - 1))
			.getBytes(StandardCharsets.UTF_8);
		BankImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> this.bankImport.preview("sections.md", document, folder()));
		assertThat(preview.ignored()).hasSizeLessThanOrEqualTo(BankImport.MAX_LISTED + 1);
		assertThat(preview.ignored().get(preview.ignored().size() - 1).what()).contains("more");
	}

	@Test
	void theLargestAllowedDocumentPreviewsAndStaysSmall() throws IOException {
		String text = Files.readString(Path.of("src/test/resources/prepdoc/prep-document.md"));
		String question = text.substring(text.indexOf("### Easy 1"), text.indexOf("### Easy 2"));
		StringBuilder document = new StringBuilder("# EASY\n\n");
		// One title for all: every question needs its own id.
		for (int i = 0; i < BankImport.MAX_QUESTIONS; i++) {
			document.append(question);
		}
		text.lines()
			.filter((line) -> line.matches("\\[\\d+]: .*"))
			.forEach((line) -> document.append(line).append('\n'));
		byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
		long started = System.nanoTime();
		BankImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(90),
				() -> this.bankImport.preview("largest.md", bytes, folder()));
		System.out.printf("Preview of %d questions (%d bytes): %d ms%n", BankImport.MAX_QUESTIONS, bytes.length,
				(System.nanoTime() - started) / 1_000_000);
		assertThat(preview.readyQuestions()).hasSize(BankImport.MAX_QUESTIONS);
		List<String> ids = preview.readyQuestions().stream().map((q) -> q.file().get().id()).distinct().toList();
		assertThat(ids).hasSize(BankImport.MAX_QUESTIONS);
		// The report (what the admin page shows) is no larger than the document itself.
		assertThat(String.join("\n", preview.reportLines()).length()).isLessThan(bytes.length);
	}

	@Test
	void manyQuestionsWithOneTitleTakeLinearTime() throws IOException {
		String one = "### Easy 1 — Same title\n\n**Model answer:**\n\nAn answer.\n\n";
		byte[] small = ("# EASY\n\n" + one.repeat(BankImport.MAX_QUESTIONS / 4)).getBytes(StandardCharsets.UTF_8);
		byte[] large = ("# EASY\n\n" + one.repeat(BankImport.MAX_QUESTIONS)).getBytes(StandardCharsets.UTF_8);
		Path folder = folder();
		this.bankImport.preview("warm.md", large, folder);
		long smallTime = time(() -> this.bankImport.preview("small.md", small, folder));
		long largeTime = time(() -> this.bankImport.preview("large.md", large, folder));
		// Four times the questions: about four times the time, far from sixteen.
		assertThat(largeTime).isLessThan(Math.max(10 * smallTime, 200_000_000L));
	}

	private static long time(Runnable work) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			work.run();
			best = Math.min(best, System.nanoTime() - started);
		}
		return best;
	}

	private Path folder() throws IOException {
		return Files.createDirectories(this.content.resolve("questions")).getParent();
	}

}
