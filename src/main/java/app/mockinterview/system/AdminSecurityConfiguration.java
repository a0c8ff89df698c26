package app.mockinterview.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The admin area ({@code /admin/**}) has its own filter chain, checked before the main
 * one. Without a configured password every admin address answers 404, as if the area did
 * not exist. With one, each request authenticates with HTTP Basic (no session, so nothing
 * to steal or fixate), the credentials are compared in constant time, and form posts
 * still need the CSRF token: a browser that remembers Basic credentials would otherwise
 * let any site post to the admin pages.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

	static final String REALM = "Mock Interviews admin";

	@Bean
	@Order(1)
	SecurityFilterChain adminSecurityFilterChain(HttpSecurity http, AdminProperties admin) throws Exception {
		http.securityMatcher("/admin", "/admin/**")
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Keep the CSRF token when HTTP Basic signs the admin in (on every request):
			// a new token per sign-in dropped the cookie, refusing the page's next form.
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.sessionAuthenticationStrategy((authentication, request, response) -> {
				}))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		if (!admin.enabled()) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
				.exceptionHandling((exceptions) -> exceptions
					.authenticationEntryPoint(
							(request, response, ex) -> response.sendError(HttpServletResponse.SC_NOT_FOUND))
					.accessDeniedHandler(
							(request, response, ex) -> response.sendError(HttpServletResponse.SC_NOT_FOUND)));
			return http.build();
		}
		http.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("ADMIN"))
			.authenticationManager(new AdminAuthentication(admin.username(), admin.password()))
			.httpBasic((basic) -> basic.realmName(REALM));
		return http.build();
	}

	/**
	 * Checks the one admin user. Both sides are hashed before comparing, so the
	 * comparison takes the same time whatever the length or content of what was sent.
	 */
	static final class AdminAuthentication implements AuthenticationManager {

		private final byte[] username;

		private final byte[] password;

		AdminAuthentication(String username, String password) {
			this.username = digest(username);
			this.password = digest(password);
		}

		@Override
		public org.springframework.security.core.Authentication authenticate(
				org.springframework.security.core.Authentication authentication) {
			String name = String.valueOf(authentication.getName());
			Object credentials = authentication.getCredentials();
			boolean userMatches = MessageDigest.isEqual(this.username, digest(name));
			boolean passwordMatches = MessageDigest.isEqual(this.password,
					digest((credentials != null) ? credentials.toString() : ""));
			if (!(userMatches & passwordMatches)) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(name, null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
		}

		private static byte[] digest(String value) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

	}

}
