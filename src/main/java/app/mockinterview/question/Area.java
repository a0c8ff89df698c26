package app.mockinterview.question;

import java.util.Locale;
import java.util.Optional;

/**
 * The part of a data-engineering interview loop a question belongs to. The bank groups
 * and filters by it, "Practise next" suggests the least practised ones and an interview
 * can be assembled from them.
 */
public enum Area {

	SQL("sql", "SQL"), DATA_MODELLING("data-modelling", "Data modelling"), BATCH("batch", "Batch processing"),
	STREAMING("streaming", "Stream processing"), LAKEHOUSE("lakehouse", "Lakehouse table formats"),
	ORCHESTRATION("orchestration", "Orchestration"), CDC("cdc", "Change data capture"),
	DATA_QUALITY("data-quality", "Data quality and contracts"),
	WAREHOUSE("warehouse", "Warehouse performance and cost"), GOVERNANCE("governance", "Privacy and governance"),
	SYSTEM_DESIGN("system-design", "System design");

	private final String slug;

	private final String label;

	Area(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	/** The name used in content files, URLs and JSON. */
	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Area> fromSlug(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		for (Area area : values()) {
			if (area.slug.equals(wanted)) {
				return Optional.of(area);
			}
		}
		return Optional.empty();
	}

}
