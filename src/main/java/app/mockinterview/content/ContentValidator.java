package app.mockinterview.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a content directory without a database: everything the importer would reject or
 * warn about.
 */
public final class ContentValidator {

	private final ContentScanner scanner = new ContentScanner();

	public List<ContentProblem> validate(Path root) {
		return this.scanner.scan(root, (path, hash) -> Optional.empty())
			.problems()
			.stream()
			.sorted(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line))
			.toList();
	}

}
