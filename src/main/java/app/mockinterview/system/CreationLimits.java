package app.mockinterview.system;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits how many interviews and practice attempts one client address creates
 * ({@code app.limits.creations-per-hour}, env {@code APP_LIMITS_CREATIONS_PER_HOUR},
 * default 100 an hour, all of them at once if need be; 0 turns the limit off). A person
 * practising never meets it; a script filling the database does, and gets 429 with
 * {@code Retry-After}.
 */
@Component
class CreationLimits implements HandlerInterceptor, WebMvcConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(CreationLimits.class);

	private final RateLimit limit;

	CreationLimits(@Value("${app.limits.creations-per-hour:100}") int perHour, Clock clock) {
		this.limit = new RateLimit(perHour, Duration.ofHours(1), clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(CreationLimited.class)
				|| this.limit.isOff()) {
			return true;
		}
		Duration wait = this.limit.take(request.getRemoteAddr());
		if (wait.isZero()) {
			return true;
		}
		logger.warn("Creation refused for {}: over the limit of interviews and practice attempts per hour",
				request.getRemoteAddr());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}

}
