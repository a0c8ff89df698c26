package app.mockinterview.content;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the application as down until the content import has run, with the import's
 * counts once it has.
 */
@Component("contentImport")
class ContentImportHealthIndicator implements HealthIndicator {

	private final ContentImporter importer;

	ContentImportHealthIndicator(ContentImporter importer) {
		this.importer = importer;
	}

	@Override
	public Health health() {
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
