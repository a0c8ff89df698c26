package app.mockinterview.system;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The cache of public pages, placed right after Spring Security's filters, and the static
 * files with a content hash in their URL, served without their comments and indentation
 * ({@link CompactStaticText}).
 * <p>
 * The static files are mapped by their own folders rather than by Spring Boot's default
 * {@code /**}: with {@code /**}, every link a page renders ({@code @{/practice/...}} as
 * much as {@code @{/css/app.css}}) goes through the resource chain, and a link that is
 * not a file is searched for in the packaged jar on every render, since only hits are
 * cached. Mapped by folder, only links to static files are looked up, once.
 */
@Configuration(proxyBeanMethods = false)
class WebPerformanceConfiguration implements WebMvcConfigurer {

	/** At most this many bytes of rendered pages are kept. */
	static final long PAGE_CACHE_BYTES = 16 * 1024 * 1024;

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		staticFiles(registry, "/css/**", "classpath:/static/css/");
		staticFiles(registry, "/js/**", "classpath:/static/js/");
		staticFiles(registry, "/favicon.svg", "classpath:/static/");
	}

	private static void staticFiles(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new CompactStaticText());
	}

	@Bean
	PublicPageCache publicPageCache(List<PublicPages> pages) {
		return new PublicPageCache(PAGE_CACHE_BYTES, pages);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
