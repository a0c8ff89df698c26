package app.mockinterview.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.mockinterview.content.prepdoc.PrepDocuments;
import app.mockinterview.system.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
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

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("admin:let-me-in".getBytes(StandardCharsets.UTF_8));

	private static final String TOO_LARGE = "That file is too large: prep documents can be at most 1024 KB.";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("app.content-dir", CONTENT::toString);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
	}

	@Test
	void aDocumentJustUnderTheLimitIsPreviewedAndImported() throws Exception {
		byte[] document = paddedTo(1000 * 1024);

		HttpResponse<String> preview = upload(document);
		assertThat(preview.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(preview.body());
		assertThat(page.select(".admin-question h2 span").eachText()).hasSize(4);

		Map<String, String> confirm = new LinkedHashMap<>();
		confirm.put("_csrf", page.select("input[name=_csrf]").val());
		confirm.put("document", page.select("input[name=document]").val());
		confirm.put("documentName", page.select("input[name=documentName]").val());
		assertThat(confirm.get("document").length()).isGreaterThan(1024 * 1024);
		HttpResponse<String> confirmed = post("/admin/import/confirm", confirm, null);

		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(confirmed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		assertThat(CONTENT.resolve("questions/backfilling-a-daily-airflow-dag.md")).exists();
		assertThat(message(get("/admin"))).startsWith("Imported big-prep.md: 4 question file(s) written");
	}

	@Test
	void aDocumentOverTheLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
		HttpResponse<String> refused = upload(paddedTo(1600 * 1024));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(message(get("/admin"))).isEqualTo(TOO_LARGE);
	}

	@Test
	void anUploadTooLargeToReadIsRefusedUnreadWithTheSameMessage() throws Exception {
		HttpResponse<String> refused = upload(paddedTo(5 * 1024 * 1024));
		assertThat(refused.statusCode()).isEqualTo(302);
		String location = refused.headers().firstValue("Location").orElseThrow();
		assertThat(message(get(URI.create(location).getPath() + "?" + URI.create(location).getQuery())))
			.isEqualTo(TOO_LARGE);
	}

	private HttpResponse<String> upload(byte[] document) throws Exception {
		String csrf = Jsoup.parse(get("/admin").body()).select("input[name=_csrf]").val();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		return post("/admin/import/preview", fields, document);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", AUTHORIZATION)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart form post, with the document as the file field when given. */
	private HttpResponse<String> post(String path, Map<String, String> fields, byte[] file) throws Exception {
		String boundary = "----" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n");
		}
		if (file != null) {
			write(body,
					"--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big-prep.md\"\r\n"
							+ "Content-Type: text/markdown\r\n\r\n");
			body.write(file);
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String message(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select(".messages p").text();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
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
