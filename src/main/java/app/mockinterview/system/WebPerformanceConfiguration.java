package app.mockinterview.system;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of public pages, placed right after Spring Security's filters.
 */
@Configuration(proxyBeanMethods = false)
class WebPerformanceConfiguration {

	/** At most this many bytes of rendered pages are kept. */
	static final long PAGE_CACHE_BYTES = 16 * 1024 * 1024;

	@Bean
	PublicPageCache publicPageCache() {
		return new PublicPageCache(PAGE_CACHE_BYTES);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
