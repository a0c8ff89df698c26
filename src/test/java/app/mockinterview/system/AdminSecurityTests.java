package app.mockinterview.system;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The admin area: absent without a configured password, HTTP Basic with one, no session,
 * CSRF still required on posts.
 */
class AdminSecurityTests {

	@Nested
	@SpringBootTest(properties = "app.import-on-startup=false")
	@AutoConfigureMockMvc
	class WithoutAPassword {

		@Autowired
		MockMvcTester mvc;

		@Test
		void everyAdminAddressAnswersNotFound() {
			assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.get().uri("/admin/export.zip").with(httpBasic("admin", "")))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.post().uri("/admin/content/reload").with(csrf()).with(httpBasic("admin", "admin")))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void nothingAsksForCredentials() {
			MvcTestResult result = this.mvc.get().uri("/admin").exchange();
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).isNull();
		}

		@Test
		void theRestOfTheAppIsUnaffected() {
			assertThat(this.mvc.get().uri("/")).hasStatusOk();
		}

	}

	@Nested
	@SpringBootTest(properties = { "app.import-on-startup=false", "app.admin.username=keeper",
			"app.admin.password=correct horse battery" })
	@AutoConfigureMockMvc
	class WithAPassword {

		@Autowired
		MockMvcTester mvc;

		@Test
		void withoutCredentialsTheBrowserIsAskedForThem() {
			MvcTestResult result = this.mvc.get().uri("/admin").exchange();
			assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(result.getResponse().getHeader("WWW-Authenticate"))
				.startsWith("Basic realm=\"" + AdminSecurityConfiguration.REALM + "\"");
		}

		@Test
		void aWrongPasswordOrUsernameIsRefused() {
			assertThat(this.mvc.get().uri("/admin").with(httpBasic("keeper", "correct horse")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(this.mvc.get().uri("/admin").with(httpBasic("admin", "correct horse battery")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(this.mvc.get().uri("/admin").with(httpBasic("keeper", "correct horse battery!")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void theRightCredentialsOpenTheAdminPagesWithoutASession() {
			MvcTestResult result = this.mvc.get()
				.uri("/admin")
				.with(httpBasic("keeper", "correct horse battery"))
				.exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getRequest().getSession(false)).isNull();
			assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		}

		@Test
		void postsStillNeedTheCsrfToken() {
			assertThat(this.mvc.post().uri("/admin/content/reload").with(httpBasic("keeper", "correct horse battery")))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/admin/content/reload")
				.with(httpBasic("keeper", "correct horse battery"))
				.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		}

		@Test
		void theAdminCredentialsOpenNothingElse() {
			assertThat(this.mvc.get().uri("/").with(httpBasic("keeper", "wrong"))).hasStatusOk();
		}

	}

}
