package app.mockinterview.content;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the content when the application starts, unless
 * {@code app.import-on-startup=false}.
 */
@Component
class ContentImportRunner implements ApplicationRunner {

	private final ContentImporter importer;

	private final ContentProperties properties;

	ContentImportRunner(ContentImporter importer, ContentProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.importOnStartup()) {
			this.importer.importContent();
		}
	}

}
