package app.mockinterview.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

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
	SecurityFilterChain adminSecurityFilterChain(HttpSecurity http, AdminProperties admin, AdminSignInGuard guard)
			throws Exception {
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
			.authenticationManager(new AdminAuthentication(admin.username(), admin.password(), guard))
			.httpBasic((basic) -> basic.realmName(REALM))
			.addFilterBefore(new SignInThrottle(guard), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Refuses a sign-in attempt (a request that carries credentials) from an address that
	 * must wait, before the password is checked.
	 */
	static final class SignInThrottle extends OncePerRequestFilter {

		private final AdminSignInGuard guard;

		SignInThrottle(AdminSignInGuard guard) {
			this.guard = guard;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (credentials != null) {
				Duration wait = this.guard.wait(request.getRemoteAddr());
				if (!wait.isZero()) {
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Checks the one admin user. Both sides are hashed before comparing, so the
	 * comparison takes the same time whatever the length or content of what was sent.
	 */
	static final class AdminAuthentication implements AuthenticationManager {

		private final byte[] username;

		private final byte[] password;

		private final AdminSignInGuard guard;

		AdminAuthentication(String username, String password, AdminSignInGuard guard) {
			this.username = digest(username);
			this.password = digest(password);
			this.guard = guard;
		}

		@Override
		public org.springframework.security.core.Authentication authenticate(
				org.springframework.security.core.Authentication authentication) {
			String name = String.valueOf(authentication.getName());
			Object credentials = authentication.getCredentials();
			boolean userMatches = MessageDigest.isEqual(this.username, digest(name));
			boolean passwordMatches = MessageDigest.isEqual(this.password,
					digest((credentials != null) ? credentials.toString() : ""));
			String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
					? details.getRemoteAddress() : "unknown";
			if (!(userMatches & passwordMatches)) {
				this.guard.failed(address);
				throw new BadCredentialsException("Bad credentials");
			}
			this.guard.succeeded(address);
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
