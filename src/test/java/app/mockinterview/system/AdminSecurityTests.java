package app.mockinterview.system;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area: absent without a configured password, HTTP Basic with one, no session,
 * CSRF still required on posts.
 */
class AdminSecurityTests {

	/**
	 * The test configuration sets no admin password, so this runs in the application
	 * context the other web tests share.
	 */
	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class WithoutAPassword {

		@Autowired
		MockMvc mvc;

		TestClient browser;

		@BeforeEach
		void openBrowser() {
			this.browser = TestClient.mockMvc(this.mvc);
		}

		@Test
		void everyAdminAddressAnswersNotFound() {
			assertThat(this.browser.get("/admin")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.browser.get("/admin/export.zip", "Authorization", TestClient.basic("admin", "")))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.browser.send(TestClient.Request.of("POST", "/admin/content/reload")
				.header("Authorization", TestClient.basic("admin", "admin"))
				.withToken())).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void nothingAsksForCredentials() {
			TestClient.Response result = this.browser.get("/admin");
			assertThat(result.header("WWW-Authenticate")).isEmpty();
		}

		@Test
		void theRestOfTheAppIsUnaffected() {
			assertThat(this.browser.get("/")).hasStatusOk();
		}

	}

	@Nested
	@SpringBootTest(properties = { "app.import-on-startup=false", "app.admin.username=keeper",
			"app.admin.password=correct horse battery" })
	@AutoConfigureMockMvc
	class WithAPassword {

		@Autowired
		MockMvc mvc;

		TestClient browser;

		@BeforeEach
		void openBrowser() {
			this.browser = TestClient.mockMvc(this.mvc);
		}

		@Test
		void withoutCredentialsTheBrowserIsAskedForThem() {
			TestClient.Response result = this.browser.get("/admin");
			assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(result.header("WWW-Authenticate")).hasValueSatisfying((challenge) -> assertThat(challenge)
				.startsWith("Basic realm=\"" + AdminSecurityConfiguration.REALM + "\""));
		}

		@Test
		void aWrongPasswordOrUsernameIsRefused() {
			assertThat(this.browser.get("/admin", "Authorization", TestClient.basic("keeper", "correct horse")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(this.browser.get("/admin", "Authorization", TestClient.basic("admin", "correct horse battery")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(
					this.browser.get("/admin", "Authorization", TestClient.basic("keeper", "correct horse battery!")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void theRightCredentialsOpenTheAdminPagesWithoutASession() {
			TestClient.Response result = this.browser.get("/admin", "Authorization",
					TestClient.basic("keeper", "correct horse battery"));
			assertThat(result).hasStatusOk();
			assertThat(result.mvc().getRequest().getSession(false)).isNull();
			assertThat(result.header("Cache-Control"))
				.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		}

		@Test
		void postsStillNeedTheCsrfToken() {
			this.browser.basicAuth("keeper", "correct horse battery");
			assertThat(this.browser.postWithoutToken("/admin/content/reload", Map.of()))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.browser.post("/admin/content/reload")).hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/admin");
		}

		@Test
		void theAdminCredentialsOpenNothingElse() {
			assertThat(this.browser.get("/", "Authorization", TestClient.basic("keeper", "wrong"))).hasStatusOk();
		}

	}

}
