package app.mockinterview.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

import app.mockinterview.question.QuestionContent;

/**
 * Reads a content directory: every question file under {@code questions/} and
 * {@code rubric.md}. Files that the caller already knows unchanged (same path, same
 * content hash) are not parsed again.
 */
final class ContentScanner {

	static final String QUESTIONS_DIR = "questions";

	static final String RUBRIC_FILE = "rubric.md";

	private static final long MAX_FILE_BYTES = 1024 * 1024;

	static final int MAX_LINE_CHARS = 20_000;

	static final int MAX_NESTING_CHARS = 120;

	private static final int PARSER_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** Files parsed ahead of the one the caller is storing. */
	private static final int PARSED_AHEAD = 4 * PARSER_THREADS + 4;

	private static final long PARSER_STACK_BYTES = 8L * 1024 * 1024;

	private final QuestionFileParser questionParser;

	private final RubricFileParser rubricParser;

	ContentScanner() {
		MarkdownRenderer markdown = new MarkdownRenderer();
		this.questionParser = new QuestionFileParser(markdown);
		this.rubricParser = new RubricFileParser(markdown);
	}

	/**
	 * One question file. {@code id} is known when the file is valid or unchanged;
	 * {@code content} only when it was parsed and valid.
	 */
	record QuestionFile(String sourcePath, String hash, Optional<String> id, Optional<QuestionContent> content) {

		boolean isValid() {
			return this.id.isPresent();
		}

		boolean isUnchanged() {
			return this.id.isPresent() && this.content.isEmpty();
		}

	}

	record Scan(boolean directoryFound, List<QuestionFile> questions, Optional<RubricFileParser.ParsedRubric> rubric,
			List<ContentProblem> problems) {

		long errorCount() {
			return this.problems.stream().filter(ContentProblem::isError).count();
		}

	}

	/**
	 * @param unchangedId given a source path and content hash, the id of the question
	 * already imported from exactly that file, if any (called from several threads at
	 * once)
	 */
	Scan scan(Path root, BiFunction<String, String, Optional<String>> unchangedId) {
		List<QuestionFile> files = new ArrayList<>();
		Scan scan = scan(root, unchangedId, files::add);
		return new Scan(scan.directoryFound(), files, scan.rubric(), scan.problems());
	}

	/**
	 * Reads the directory handing each question file to {@code sink} as soon as it is
	 * parsed, so that a caller can store and forget it: the returned scan has no question
	 * files, and a bank of thousands of questions never sits in memory at once.
	 */
	Scan scan(Path root, BiFunction<String, String, Optional<String>> unchangedId, Consumer<QuestionFile> sink) {
		List<ContentProblem> problems = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			problems.add(ContentProblem.error(root.toString(), 1, "content directory does not exist"));
			return new Scan(false, List.of(), Optional.empty(), problems);
		}
		Optional<RubricFileParser.ParsedRubric> rubric = readRubric(root, problems);
		RubricTerms terms = RubricTerms.of(rubric);
		Map<String, String> pathById = new HashMap<>();
		ExecutorService parsers = Executors.newFixedThreadPool(PARSER_THREADS, ContentScanner::parserThread);
		try {
			// Files are parsed on all cores while the caller stores earlier ones; results
			// reach the sink in file order, a bounded number of them ahead.
			Deque<Future<ScannedFile>> ahead = new ArrayDeque<>();
			for (Path file : questionFiles(root, problems)) {
				ahead.add(start(root, file, unchangedId, terms, parsers));
				if (ahead.size() >= PARSED_AHEAD) {
					deliver(root, await(ahead.poll()), pathById, problems, sink);
				}
			}
			while (!ahead.isEmpty()) {
				deliver(root, await(ahead.poll()), pathById, problems, sink);
			}
		}
		finally {
			parsers.shutdownNow();
		}
		return new Scan(true, List.of(), rubric, problems);
	}

	/** A question file read, and parsed unless known unchanged, with its problems. */
	private record ScannedFile(String displayPath, QuestionFile file, List<ContentProblem> problems) {

	}

	private Future<ScannedFile> start(Path root, Path file, BiFunction<String, String, Optional<String>> unchangedId,
			RubricTerms terms, ExecutorService parsers) {
		// Reading and hashing run on the parser threads too: on an unchanged restart of a
		// large bank they are all the work there is.
		return parsers.submit(() -> scanFile(root, file, unchangedId, terms));
	}

	private ScannedFile scanFile(Path root, Path file, BiFunction<String, String, Optional<String>> unchangedId,
			RubricTerms terms) {
		String sourcePath = root.relativize(file).toString().replace('\\', '/');
		String displayPath = file.toString();
		List<ContentProblem> problems = new ArrayList<>();
		Optional<byte[]> bytes = read(file, displayPath, problems);
		if (bytes.isEmpty()) {
			return new ScannedFile(displayPath, new QuestionFile(sourcePath, "", Optional.empty(), Optional.empty()),
					problems);
		}
		String hash = sha256(bytes.get());
		Optional<String> known = unchangedId.apply(sourcePath, hash);
		if (known.isPresent()) {
			return new ScannedFile(displayPath, new QuestionFile(sourcePath, hash, known, Optional.empty()), problems);
		}
		return new ScannedFile(displayPath, parse(displayPath, sourcePath, hash, bytes.get(), terms, problems),
				problems);
	}

	private static ScannedFile await(Future<ScannedFile> parsed) {
		try {
			return parsed.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("content scan interrupted", ex);
		}
		catch (ExecutionException ex) {
			// parse() turns every parsing failure into a problem; what is left is fatal
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("content scan failed", ex.getCause());
		}
	}

	private static void deliver(Path root, ScannedFile scanned, Map<String, String> pathById,
			List<ContentProblem> problems, Consumer<QuestionFile> sink) {
		problems.addAll(scanned.problems());
		QuestionFile questionFile = scanned.file();
		if (questionFile.id().isPresent()) {
			String id = questionFile.id().get();
			String other = pathById.putIfAbsent(id, questionFile.sourcePath());
			if (other != null) {
				problems.add(ContentProblem.error(scanned.displayPath(), 1,
						"duplicate id '" + id + "': " + root.resolve(other) + " already uses it"));
				questionFile = new QuestionFile(questionFile.sourcePath(), questionFile.hash(), Optional.empty(),
						Optional.empty());
			}
		}
		sink.accept(questionFile);
	}

	private static Thread parserThread(Runnable task) {
		// Parsing recurses as deep as a file nests. The start-up import used to parse on
		// the main thread, whose stack is 8 MB: the parsers get as much.
		Thread thread = new Thread(null, task, "content-parser", PARSER_STACK_BYTES);
		thread.setDaemon(true);
		return thread;
	}

	QuestionFile parse(String displayPath, String sourcePath, String hash, byte[] bytes, RubricTerms terms,
			List<ContentProblem> problems) {
		Optional<String> text = ContentText.decode(bytes);
		if (text.isEmpty()) {
			problems.add(ContentProblem.error(displayPath, 1, "file is not valid UTF-8 text"));
			return new QuestionFile(sourcePath, hash, Optional.empty(), Optional.empty());
		}
		// Markdown parsing slows down sharply on very long lines and very deep nesting;
		// no
		// real question needs either.
		int longLine = firstLineLongerThan(text.get(), MAX_LINE_CHARS);
		int deepLine = firstLineIndentedMoreThan(text.get(), MAX_NESTING_CHARS);
		if (longLine > 0 || deepLine > 0) {
			problems.add((longLine > 0)
					? ContentProblem.error(displayPath, longLine,
							"line is longer than " + MAX_LINE_CHARS + " characters: break it up")
					: ContentProblem.error(displayPath, deepLine, "line is nested or indented more than "
							+ MAX_NESTING_CHARS + " characters deep: flatten the list or quote"));
			return new QuestionFile(sourcePath, hash, Optional.empty(), Optional.empty());
		}
		QuestionFileParser.Result result;
		try {
			result = this.questionParser.parse(displayPath, text.get(), terms);
		}
		catch (StackOverflowError | RuntimeException ex) {
			// Pathological input (thousands of nested lists or brackets) can exhaust the
			// recursive Markdown and YAML parsers; one such file must not stop the import
			// of the others.
			problems.add(ContentProblem.error(displayPath, 1, "file could not be parsed ("
					+ ex.getClass().getSimpleName() + "): look for very deep nesting or a very long line"));
			return new QuestionFile(sourcePath, hash, Optional.empty(), Optional.empty());
		}
		problems.addAll(result.problems());
		return new QuestionFile(sourcePath, hash, result.question().map(QuestionContent::id), result.question());
	}

	/**
	 * The 1-based number of the first line whose indentation and quote markers run longer
	 * than the limit, or 0 if none does.
	 */
	static int firstLineIndentedMoreThan(String text, int limit) {
		int line = 1;
		boolean atStart = true;
		int prefix = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				line++;
				atStart = true;
				prefix = 0;
			}
			else if (atStart && (c == ' ' || c == '\t' || c == '>')) {
				if (++prefix > limit) {
					return line;
				}
			}
			else {
				atStart = false;
			}
		}
		return 0;
	}

	/** The 1-based number of the first line longer than the limit, or 0 if none is. */
	static int firstLineLongerThan(String text, int limit) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
			if (end) {
				if (i - start > limit) {
					return line;
				}
				if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length()
						&& text.charAt(i + 1) == '\n') {
					i++;
				}
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

	private Optional<RubricFileParser.ParsedRubric> readRubric(Path root, List<ContentProblem> problems) {
		Path file = root.resolve(RUBRIC_FILE);
		if (!Files.isRegularFile(file)) {
			problems.add(ContentProblem.error(file.toString(), 1,
					"rubric.md is missing: it defines the common criteria and the rating scale"));
			return Optional.empty();
		}
		Optional<String> text = read(file, file.toString(), problems).flatMap(ContentText::decode);
		if (text.isEmpty()) {
			problems.add(ContentProblem.error(file.toString(), 1, "file is not valid UTF-8 text"));
			return Optional.empty();
		}
		RubricFileParser.Result result = this.rubricParser.parse(file.toString(), text.get());
		problems.addAll(result.problems());
		return result.rubric();
	}

	private static List<Path> questionFiles(Path root, List<ContentProblem> problems) {
		Path dir = root.resolve(QUESTIONS_DIR);
		if (!Files.isDirectory(dir)) {
			problems.add(ContentProblem.warning(dir.toString(), 1, "no questions folder: the bank will be empty"));
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(dir, 8)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().endsWith(".md"))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			problems.add(ContentProblem.error(dir.toString(), 1, "cannot list files: " + ex.getMessage()));
			return List.of();
		}
	}

	private static Optional<byte[]> read(Path file, String displayPath, List<ContentProblem> problems) {
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				problems.add(ContentProblem.error(displayPath, 1,
						"file is too large (" + size + " bytes, at most " + MAX_FILE_BYTES + ")"));
				return Optional.empty();
			}
			return Optional.of(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			problems.add(ContentProblem.error(displayPath, 1, "cannot read file: " + ex.getMessage()));
			return Optional.empty();
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
