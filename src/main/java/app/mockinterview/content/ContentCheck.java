package app.mockinterview.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A check of a content directory beyond the question files, contributed by another
 * feature (SQL exercises check their data and model solutions). Found with
 * {@link java.util.ServiceLoader}, so that {@code validate} runs it without Spring.
 */
public interface ContentCheck {

	List<ContentProblem> check(Path root);

}
