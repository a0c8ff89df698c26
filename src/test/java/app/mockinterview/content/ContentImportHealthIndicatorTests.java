package app.mockinterview.content;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;

import app.mockinterview.system.AfterCommit;
import app.mockinterview.system.CommittedCounters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness waits for the content import: an instance is not sent traffic before its bank
 * is in the database.
 */
class ContentImportHealthIndicatorTests {

	@Test
	void downUntilTheImportHasRun() {
		ContentProperties properties = new ContentProperties(Path.of("content"), true);
		ContentImporter importer = importer(properties);
		assertThat(new ContentImportHealthIndicator(importer, properties).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void upWhenThisInstanceDoesNotImportAtStartUp() {
		ContentProperties properties = new ContentProperties(Path.of("content"), false);
		ContentImporter importer = importer(properties);
		assertThat(new ContentImportHealthIndicator(importer, properties).health().getStatus()).isEqualTo(Status.UP);
	}

	private static ContentImporter importer(ContentProperties properties) {
		CommittedCounters counters = new CommittedCounters(new SimpleMeterRegistry(), new AfterCommit((event) -> {
		}));
		return new ContentImporter(null, null, properties, null, counters, Clock.systemUTC(), null, null, null,
				List.of());
	}

}
