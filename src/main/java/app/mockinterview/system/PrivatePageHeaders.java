package app.mockinterview.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages whose URL carries a capability token (or that show someone's own work) must not
 * leak the URL to other sites through the Referer header, nor be stored by browsers or
 * proxies.
 */
@Configuration(proxyBeanMethods = false)
class PrivatePageHeaders implements WebMvcConfigurer {

	static final String[] PRIVATE_PATHS = { "/practice", "/practice/**", "/interviews", "/interviews/**" };

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader("Referrer-Policy", "no-referrer");
				response.setHeader("Cache-Control", "no-store");
				return true;
			}

		}).addPathPatterns(PRIVATE_PATHS);
	}

}
