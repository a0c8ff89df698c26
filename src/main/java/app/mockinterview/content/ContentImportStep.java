package app.mockinterview.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports what another feature keeps under the content directory (SQL exercises' data).
 * Runs inside the import's transaction, after the questions are stored.
 */
public interface ContentImportStep {

	/** Imports what changed and returns the problems found. */
	List<ContentProblem> importContent(Path root);

}
