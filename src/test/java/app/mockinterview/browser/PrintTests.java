package app.mockinterview.browser;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 4: printed sheets fit one page per question. Chromium prints the page with its
 * print styles through DevTools ({@code Page.printToPDF}) on A4 and on US Letter, and
 * PDFBox counts the pages.
 */
class PrintTests extends OneBrowserTests {

	private static final String[] QUESTIONS = { "kafka-consumer-lag-without-loss", "kafka-json-schema-evolution",
			"kafka-to-data-lake-consistency", "pipeline-100m-events-per-day", "reprocess-only-failed-records",
			"spark-data-skew-large-joins", "spark-inferschema-1tb", Journeys.SPARK_OOM };

	/** Paper sizes in inches. */
	private static final Map<String, double[]> PAPER = Map.of("A4", new double[] { 8.27, 11.69 }, "Letter",
			new double[] { 8.5, 11 });

	@Test
	void aFilledSheetPrintsOnePagePerQuestion() throws IOException {
		Browser browser = this.browser;
		browser.open("/interviews/new")
			.type("#interviewerName", "Ada")
			.type("#candidateName", "Grace")
			.choose("#question-0", "Diagnosing and fixing a Spark out-of-memory failure (Medium)")
			.choose("#question-1", "Designing a pipeline for 100 million events a day (Hard)")
			.click("Create the interview");
		browser.click("Your scoring sheet (draft)");
		PairedInterviewJourneyTests.scoreTheSheet(browser, 2,
				"Asked about the input size and the partitioning before proposing anything, then walked through "
						+ "the executor memory layout and named two concrete fixes with their trade-offs.");
		browser.type("#feedback", "Structured and calm. Quantify the memory needed before changing settings.");
		browser.click("Save draft");
		browser.click("Print");
		assertThat(browser.findAll(".print-block")).hasSize(2);
		assertThat(browser.mainText()).contains("walked through the executor memory layout");
		PageChecks.check(browser, "printable sheet");
		PageChecks.screenshots(browser, "sheet-print");
		PAPER.forEach((paper, size) -> assertThat(printedPages(size)).as("pages of a two-question sheet on %s", paper)
			.isEqualTo(2));
	}

	@Test
	void everyBlankSheetPrintsOnAtMostTwoPagesWithItsLevels() {
		for (String question : QUESTIONS) {
			this.browser.open("/sheets/blank/" + question);
			assertThat(this.browser.findAll(".print-table tbody tr")).isNotEmpty();
			assertThat(this.browser.findAll(".print-levels li")).as("four levels per criterion").hasSizeGreaterThan(16);
			PAPER.forEach((paper, size) -> assertThat(printedPages(size))
				.as("pages of the blank sheet for %s on %s", question, paper)
				.isBetween(1, 2));
		}
		PageChecks.check(this.browser, "blank sheet");
		PageChecks.screenshots(this.browser, "sheet-blank");
	}

	private int printedPages(double[] size) {
		Map<String, Object> pdf = this.browser.driver()
			.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", size[0], "paperHeight", size[1],
					"preferCSSPageSize", false, "printBackground", false));
		byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Chromium's PDF could not be read", ex);
		}
	}

}
