package app.mockinterview.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import app.mockinterview.content.prepdoc.PrepDocuments;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin brings their own questions: uploads a prep document, checks the preview,
 * confirms, and the questions can be practised; content reload and export.
 */
@SpringBootTest(properties = "app.admin.password=let-me-in")
@AutoConfigureMockMvc
@DirtiesContext
class ContentAdminTests {

	private static final Path CONTENT = TestFiles.copyOfTheShippedContent("admin-content");

	@Autowired
	MockMvc mvc;

	/** The admin's browser, signed in on every request. */
	TestClient admin;

	/** A visitor's browser. */
	TestClient visitor;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
	}

	@BeforeEach
	void openBrowsers() {
		this.admin = TestClient.mockMvc(this.mvc).basicAuth("admin", "let-me-in");
		this.visitor = this.admin.newBrowser();
	}

	private TestClient.Response upload(String name, byte[] bytes) {
		return this.admin.upload("/admin/import/preview", Map.of(),
				new TestClient.FilePart("file", name, "text/markdown", bytes));
	}

	@Test
	void uploadPreviewConfirmAndPractise() throws IOException {
		TestClient.Response preview = upload("my-prep.md", PrepDocuments.bytes("prep-document.md"));
		assertThat(preview).hasStatusOk();
		Document page = preview.document();
		assertThat(page.select(".admin-question h2 span").eachText()).containsExactly(
				"1. Backfilling a daily Airflow DAG", "2. Finding duplicate orders with SQL",
				"3. Incremental models in dbt", "4. Change data capture into a lakehouse");
		assertThat(page.select(".admin-target").first().text())
			.isEqualTo("Will be saved as questions/backfilling-a-daily-airflow-dag.md (new)");
		assertThat(page.select(".admin-parts dt").eachText()).contains("Model answer (line 39)");
		assertThat(page.select(".admin-ignored li").eachText()).contains("Line 1: section '🗂 Contents' (9 lines)");
		assertThat(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")).doesNotExist();
		assertThat(this.visitor.get("/questions/backfilling-a-daily-airflow-dag")).hasStatus(HttpStatus.NOT_FOUND);

		TestClient.Response confirmed = this.admin.upload("/admin/import/confirm",
				Map.of("document", page.select("input[name=document]").val(), "documentName",
						page.select("input[name=documentName]").val()),
				null);
		assertThat(confirmed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat((String) confirmed.mvc().getMvcResult().getFlashMap().get("notice"))
			.startsWith("Imported my-prep.md: 4 question file(s) written (4 new, 0 updated, 0 unchanged)");
		assertThat(Files.readString(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")))
			.contains("imported-from: my-prep.md");

		assertThat(this.visitor.get("/questions/backfilling-a-daily-airflow-dag")).hasStatusOk()
			.bodyText()
			.contains("Backfilling a daily Airflow DAG");
		assertThat(this.visitor.post("/questions/change-data-capture-into-a-lakehouse/practice"))
			.hasStatus(HttpStatus.FOUND);
		// Imported without any Clarify guidance: still practisable.
		TestClient.Response practice = this.visitor.post("/questions/incremental-models-in-dbt/practice");
		assertThat(practice).hasStatus(HttpStatus.FOUND);
		assertThat(this.visitor.get(practice.location())).hasStatusOk()
			.bodyText()
			.contains("Incremental models in dbt");

		TestClient.Response again = upload("my-prep.md", PrepDocuments.bytes("prep-document.md"));
		assertThat(again.document().select(".admin-summary").text())
			.contains("4 ready (0 new, 0 to update, 4 unchanged)");
	}

	@Test
	void aBrokenQuestionIsShownWithItsErrorsAndNotOffered() {
		Document page = upload("broken.md", PrepDocuments.bytes("broken-between.md")).document();
		assertThat(page.select(".admin-question.is-broken h2 span").eachText())
			.containsExactly("2. A question someone never finished");
		assertThat(page.select(".admin-question.is-broken .admin-problems li").eachText())
			.contains("Error, line 25: no 'Model answer' part: add the answer under '**Model answer:**'");
		assertThat(page.select("form[action$=confirm] p").text()).contains("write 2 question file(s)");
	}

	@Test
	void aDamagedEncodingIsRepairedAndSaidSo() {
		Document page = upload("damaged.md", PrepDocuments.bytes("prep-document-mojibake.md")).document();
		assertThat(page.select(".admin-encoding").text())
			.contains("UTF-8 that had been read as Mac Roman and saved again");
		assertThat(page.select(".admin-question h2 span").first().text())
			.isEqualTo("1. Backfilling a daily Airflow DAG");
	}

	@Test
	void anEmptyUploadGoesBackWithAMessage() {
		TestClient.Response result = upload("empty.md", new byte[0]);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat(result.mvc().getMvcResult().getFlashMap().get("error"))
			.isEqualTo("Choose a Markdown file to import.");
	}

	@Test
	void aDocumentThatDoesNotComeBackIntactGoesBackWithAMessage() {
		for (String document : new String[] { "not base64 at all!", "" }) {
			TestClient.Response result = this.admin.upload("/admin/import/confirm",
					Map.of("document", document, "documentName", "my-prep.md"), null);
			assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
			assertThat(result.mvc().getMvcResult().getFlashMap().get("error")).as(document)
				.isEqualTo(document.isEmpty()
						? "Nothing to import: no question in my-prep.md is complete. Upload it again to see why."
						: "The document could not be read back; upload it again.");
		}
	}

	@Test
	void homeShowsTheLastImportAndReloadPicksUpProblems() throws IOException {
		Files.writeString(CONTENT.resolve("questions/zz-broken.md"), "---\nid: zz-broken\n---\n");
		try {
			TestClient.Response reload = this.admin.post("/admin/content/reload");
			assertThat(reload).hasStatus(HttpStatus.FOUND);
			assertThat((String) reload.mvc().getMvcResult().getFlashMap().get("notice")).startsWith("Content import:")
				.contains("1 invalid");
			Document home = this.admin.get("/admin").document();
			assertThat(home.select(".admin-problems li.is-error").eachText())
				.anyMatch((text) -> text.contains("zz-broken.md:1: missing required front-matter key 'title'"));
		}
		finally {
			Files.delete(CONTENT.resolve("questions/zz-broken.md"));
		}
	}

	@Test
	void exportsAQuestionAsCanonicalMarkdown() {
		TestClient.Response result = this.admin.get("/admin/questions/spark-oom-troubleshooting/export");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/markdown");
		assertThat(result.header("Content-Disposition")).hasValueSatisfying((disposition) -> assertThat(disposition)
			.contains("attachment; filename=\"spark-oom-troubleshooting.md\""));
		assertThat(result).bodyText().startsWith("---\nid: spark-oom-troubleshooting\n").contains("## Model answer");
		assertThat(this.admin.get("/admin/questions/nope/export")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void exportsTheWholeBankAsAZip() throws IOException {
		TestClient.Response result = this.admin.get("/admin/export.zip");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.bytes()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		try (Stream<Path> files = Files.list(CONTENT.resolve("questions"))) {
			assertThat(names)
				.contains("rubric.md", "questions/spark-oom-troubleshooting.md", "sql/sql-top-n-per-group/schema.sql")
				.filteredOn((name) -> !name.startsWith("sql/"))
				.hasSize(1 + (int) files.count());
		}
	}

}
