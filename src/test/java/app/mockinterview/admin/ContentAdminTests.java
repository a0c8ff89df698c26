package app.mockinterview.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import app.mockinterview.content.prepdoc.PrepDocuments;
import app.mockinterview.system.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * An admin brings their own questions: uploads a prep document, checks the preview,
 * confirms, and the questions can be practised; content reload and export.
 */
@SpringBootTest(properties = "app.admin.password=let-me-in")
@AutoConfigureMockMvc
@DirtiesContext
class ContentAdminTests {

	private static final Path CONTENT = TestFiles.copyOfTheShippedContent("admin-content");

	private static final RequestPostProcessor ADMIN = httpBasic("admin", "let-me-in");

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
	}

	private MvcTestResult upload(String name, byte[] bytes) {
		org.springframework.test.web.servlet.RequestBuilder request = MockMvcRequestBuilders
			.multipart("/admin/import/preview")
			.file(new MockMultipartFile("file", name, "text/markdown", bytes))
			.with(csrf())
			.with(ADMIN);
		return this.mvc.perform(request);
	}

	private static Document page(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void uploadPreviewConfirmAndPractise() throws IOException {
		MvcTestResult preview = upload("my-prep.md", PrepDocuments.bytes("prep-document.md"));
		assertThat(preview).hasStatusOk();
		Document page = page(preview);
		assertThat(page.select(".admin-question h2 span").eachText()).containsExactly(
				"1. Backfilling a daily Airflow DAG", "2. Finding duplicate orders with SQL",
				"3. Incremental models in dbt", "4. Change data capture into a lakehouse");
		assertThat(page.select(".admin-target").first().text())
			.isEqualTo("Will be saved as questions/backfilling-a-daily-airflow-dag.md (new)");
		assertThat(page.select(".admin-parts dt").eachText()).contains("Model answer (line 39)");
		assertThat(page.select(".admin-ignored li").eachText()).contains("Line 1: section '🗂 Contents' (9 lines)");
		assertThat(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")).doesNotExist();
		assertThat(this.mvc.get().uri("/questions/backfilling-a-daily-airflow-dag")).hasStatus(HttpStatus.NOT_FOUND);

		org.springframework.test.web.servlet.RequestBuilder confirm = MockMvcRequestBuilders
			.multipart("/admin/import/confirm")
			.param("document", page.select("input[name=document]").val())
			.param("documentName", page.select("input[name=documentName]").val())
			.with(csrf())
			.with(ADMIN);
		MvcTestResult confirmed = this.mvc.perform(confirm);
		assertThat(confirmed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat((String) confirmed.getMvcResult().getFlashMap().get("notice"))
			.startsWith("Imported my-prep.md: 4 question file(s) written (4 new, 0 updated, 0 unchanged)");
		assertThat(Files.readString(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")))
			.contains("imported-from: my-prep.md");

		assertThat(this.mvc.get().uri("/questions/backfilling-a-daily-airflow-dag")).hasStatusOk()
			.bodyText()
			.contains("Backfilling a daily Airflow DAG");
		assertThat(this.mvc.post().uri("/questions/change-data-capture-into-a-lakehouse/practice").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		// Imported without any Clarify guidance: still practisable.
		MvcTestResult practice = this.mvc.post()
			.uri("/questions/incremental-models-in-dbt/practice")
			.with(csrf())
			.exchange();
		assertThat(practice).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get()
			.uri(practice.getResponse().getRedirectedUrl())
			.cookie(practice.getResponse().getCookies())).hasStatusOk()
			.bodyText()
			.contains("Incremental models in dbt");

		MvcTestResult again = upload("my-prep.md", PrepDocuments.bytes("prep-document.md"));
		assertThat(page(again).select(".admin-summary").text()).contains("4 ready (0 new, 0 to update, 4 unchanged)");
	}

	@Test
	void aBrokenQuestionIsShownWithItsErrorsAndNotOffered() {
		Document page = page(upload("broken.md", PrepDocuments.bytes("broken-between.md")));
		assertThat(page.select(".admin-question.is-broken h2 span").eachText())
			.containsExactly("2. A question someone never finished");
		assertThat(page.select(".admin-question.is-broken .admin-problems li").eachText())
			.contains("Error, line 25: no 'Model answer' part: add the answer under '**Model answer:**'");
		assertThat(page.select("form[action$=confirm] p").text()).contains("write 2 question file(s)");
	}

	@Test
	void aDamagedEncodingIsRepairedAndSaidSo() {
		Document page = page(upload("damaged.md", PrepDocuments.bytes("prep-document-mojibake.md")));
		assertThat(page.select(".admin-encoding").text())
			.contains("UTF-8 that had been read as Mac Roman and saved again");
		assertThat(page.select(".admin-question h2 span").first().text())
			.isEqualTo("1. Backfilling a daily Airflow DAG");
	}

	@Test
	void anEmptyUploadGoesBackWithAMessage() {
		MvcTestResult result = upload("empty.md", new byte[0]);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat(result.getMvcResult().getFlashMap().get("error")).isEqualTo("Choose a Markdown file to import.");
	}

	@Test
	void aDocumentThatDoesNotComeBackIntactGoesBackWithAMessage() {
		for (String document : new String[] { "not base64 at all!", "" }) {
			MvcTestResult result = this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/import/confirm")
				.param("document", document)
				.param("documentName", "my-prep.md")
				.with(csrf())
				.with(ADMIN));
			assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
			assertThat(result.getMvcResult().getFlashMap().get("error")).as(document)
				.isEqualTo(document.isEmpty()
						? "Nothing to import: no question in my-prep.md is complete. Upload it again to see why."
						: "The document could not be read back; upload it again.");
		}
	}

	@Test
	void homeShowsTheLastImportAndReloadPicksUpProblems() throws IOException {
		Files.writeString(CONTENT.resolve("questions/zz-broken.md"), "---\nid: zz-broken\n---\n");
		try {
			MvcTestResult reload = this.mvc.post().uri("/admin/content/reload").with(csrf()).with(ADMIN).exchange();
			assertThat(reload).hasStatus(HttpStatus.FOUND);
			assertThat((String) reload.getMvcResult().getFlashMap().get("notice")).startsWith("Content import:")
				.contains("1 invalid");
			Document home = page(this.mvc.get().uri("/admin").with(ADMIN).exchange());
			assertThat(home.select(".admin-problems li.is-error").eachText())
				.anyMatch((text) -> text.contains("zz-broken.md:1: missing required front-matter key 'title'"));
		}
		finally {
			Files.delete(CONTENT.resolve("questions/zz-broken.md"));
		}
	}

	@Test
	void exportsAQuestionAsCanonicalMarkdown() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/questions/spark-oom-troubleshooting/export")
			.with(ADMIN)
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/markdown");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("attachment; filename=\"spark-oom-troubleshooting.md\"");
		assertThat(result).bodyText().startsWith("---\nid: spark-oom-troubleshooting\n").contains("## Model answer");
		assertThat(this.mvc.get().uri("/admin/questions/nope/export").with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void exportsTheWholeBankAsAZip() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/admin/export.zip").with(ADMIN).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
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
