package app.mockinterview.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the question content lives ({@code app.content-dir}, env {@code APP_CONTENT_DIR})
 * and whether it is imported when the application starts.
 */
@ConfigurationProperties("app")
public record ContentProperties(@DefaultValue("content") Path contentDir,
		@DefaultValue("true") boolean importOnStartup) {

}
