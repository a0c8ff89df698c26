package app.mockinterview.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar app.jar validate [DIR]}: prints one {@code path:line: message} per
 * problem in the content directory (default {@code content}) and returns 1 when there is
 * an error, 0 otherwise. Runs without Spring.
 */
public final class ValidateCommand {

	public static final String NAME = "validate";

	private ValidateCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 2) {
			err.println("usage: validate [CONTENT_DIR]");
			return 2;
		}
		Path root = Path.of((args.length == 2) ? args[1] : "content");
		List<ContentProblem> problems = new ContentValidator().validate(root);
		problems.forEach(out::println);
		long errors = problems.stream().filter(ContentProblem::isError).count();
		err.printf("%s: %d error(s), %d warning(s)%n", root, errors, problems.size() - errors);
		return (errors > 0) ? 1 : 0;
	}

}
