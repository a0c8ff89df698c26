package app.mockinterview.sql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of the SQL sandbox ({@code app.sql.*}).
 *
 * @param timeout wall-clock limit of one statement; it is cancelled then
 * @param memoryLimit DuckDB's {@code memory_limit} for one run
 * @param maxQueryChars longest query accepted
 * @param rowsShown rows of a result shown on the page
 * @param maxRows rows read from a result at most (counted and compared); beyond, the
 * result is reported as too large
 * @param workers queries run at the same time; 0 means half the cores, at least one, so
 * that SQL leaves the other half to the pages
 * @param queue queries waiting for a worker at most; beyond, a run is refused at once
 */
@ConfigurationProperties("app.sql")
public record SqlProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("256MB") String memoryLimit,
		@DefaultValue("10000") int maxQueryChars, @DefaultValue("200") int rowsShown,
		@DefaultValue("10000") int maxRows, @DefaultValue("0") int workers, @DefaultValue("4") int queue) {

	/** The number of workers, with 0 resolved. */
	int workerCount() {
		return (this.workers > 0) ? this.workers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	/** The defaults, for the validator, which runs without Spring. */
	static SqlProperties defaults() {
		return new SqlProperties(Duration.ofSeconds(5), "256MB", 10_000, 200, 10_000, 0, 4);
	}

}
