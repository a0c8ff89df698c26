package app.mockinterview.system;

import java.util.regex.Pattern;

/**
 * Pages a feature serves alike to every visitor, which {@link PublicPageCache} may keep:
 * a feature registers a bean of this type, and publishes a {@link Changed} event when
 * what those pages show changes.
 */
public interface PublicPages {

	/** The request paths (without the query) of the pages. */
	Pattern paths();

	/** An event that makes every kept page stale; published in or after a transaction. */
	interface Changed {

	}

}
