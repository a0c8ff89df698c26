package app.mockinterview.content;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the application as down (and not ready) until the content import has run, with
 * the import's counts once it has. An instance that does not import at start-up relies on
 * the content another one imported and is ready at once.
 */
@Component("contentImport")
class ContentImportHealthIndicator implements HealthIndicator {

	private final ContentImporter importer;

	private final ContentProperties properties;

	ContentImportHealthIndicator(ContentImporter importer, ContentProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (!this.properties.importOnStartup() && this.importer.lastReport().isEmpty()) {
			return Health.up().withDetail("import", "not run at start-up (app.import-on-startup=false)").build();
		}
		return this.importer.lastReport()
			.map((report) -> Health.up()
				.withDetail("imported", report.imported())
				.withDetail("updated", report.updated())
				.withDetail("unchanged", report.unchanged())
				.withDetail("retired", report.retired())
				.withDetail("invalid", report.invalid())
				.withDetail("problems", report.problems().size())
				.build())
			.orElseGet(() -> Health.down().withDetail("reason", "content import has not run yet").build());
	}

}
