package app.mockinterview.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import app.mockinterview.content.prepdoc.PrepDocuments;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prep documents near and beyond their size limit, sent over real HTTP as a browser sends
 * them, so that the server's own request limits and the CSRF cookie apply (MockMvc skips
 * both): a document under the limit imports however its confirmation grows in base64, a
 * larger one gets a message that names the limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "app.admin.password=let-me-in")
@DirtiesContext
class AdminUploadSizeTests {

	private static final Path CONTENT = TestFiles.copyOfTheShippedContent("admin-upload-content");

	private static final String TOO_LARGE = "That file is too large: prep documents can be at most 1024 KB.";

	@LocalServerPort
	int port;

	private TestClient admin;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
	}

	@BeforeEach
	void signIn() {
		this.admin = TestClient.http("http://127.0.0.1:" + this.port).basicAuth("admin", "let-me-in");
	}

	@Test
	void aDocumentJustUnderTheLimitIsPreviewedAndImported() throws Exception {
		byte[] document = paddedTo(1000 * 1024);

		TestClient.Response preview = upload(document);
		assertThat(preview.status()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.select(".admin-question h2 span").eachText()).hasSize(4);

		// Confirmed with the CSRF token of the preview page, which the client keeps.
		assertThat(this.admin.csrfToken()).isEqualTo(page.select("input[name=_csrf]").val());
		Map<String, String> confirm = new LinkedHashMap<>();
		confirm.put("document", page.select("input[name=document]").val());
		confirm.put("documentName", page.select("input[name=documentName]").val());
		assertThat(confirm.get("document").length()).isGreaterThan(1024 * 1024);
		TestClient.Response confirmed = this.admin.upload("/admin/import/confirm", confirm, null);

		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(confirmed.header("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		assertThat(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")).exists();
		assertThat(message(this.admin.get("/admin"))).startsWith("Imported big-prep.md: 4 question file(s) written");
	}

	@Test
	void aDocumentOverTheLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
		TestClient.Response refused = upload(paddedTo(1600 * 1024));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(message(this.admin.get("/admin"))).isEqualTo(TOO_LARGE);
	}

	@Test
	void anUploadTooLargeToReadIsRefusedUnreadWithTheSameMessage() throws Exception {
		TestClient.Response refused = upload(paddedTo(5 * 1024 * 1024));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(message(this.admin.get(refused.redirectPath()))).isEqualTo(TOO_LARGE);
	}

	/** Sends a document from the admin page's upload form. */
	private TestClient.Response upload(byte[] document) {
		this.admin.get("/admin");
		return this.admin.upload("/admin/import/preview", Map.of(),
				new TestClient.FilePart("file", "big-prep.md", "text/markdown", document));
	}

	private static String message(TestClient.Response page) {
		return page.document().select(".messages p").text();
	}

	/**
	 * The test prep document with its introduction grown to the given size: still four
	 * questions.
	 */
	private static byte[] paddedTo(int bytes) {
		String document = PrepDocuments.text("prep-document.md");
		String intro = "## Where these questions come from\n\n";
		StringBuilder padding = new StringBuilder();
		int line = 0;
		while (document.length() + padding.length() < bytes - 100) {
			padding.append("* Background reading, item ").append(++line).append(": notes kept for later.\n");
		}
		return document.replace(intro, intro + padding).getBytes(StandardCharsets.UTF_8);
	}

}
