package app.mockinterview.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Checks a content directory without a database: everything the importer would reject or
 * warn about.
 */
public final class ContentValidator {

	private final ContentScanner scanner = new ContentScanner();

	private final QuestionFileParser questionParser = new QuestionFileParser(new MarkdownRenderer());

	public List<ContentProblem> validate(Path root) {
		ContentScanner.Scan scan = this.scanner.scan(root, (path, hash) -> Optional.empty());
		List<ContentProblem> problems = new ArrayList<>(scan.problems());
		if (scan.directoryFound()) {
			for (ContentCheck check : ServiceLoader.load(ContentCheck.class)) {
				problems.addAll(check.check(root));
			}
		}
		return problems.stream()
			.sorted(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line))
			.toList();
	}

	/**
	 * Everything the importer would reject or warn about in one question file's text.
	 */
	public List<ContentProblem> validateQuestion(String path, String text) {
		return this.questionParser.parse(path, ContentText.normalizeLineEndings(text)).problems();
	}

}
