package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import app.mockinterview.content.CanonicalMarkdown;
import app.mockinterview.content.CanonicalQuestion;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.ContentValidator;
import app.mockinterview.content.prepdoc.BankImportPreview.Action;
import app.mockinterview.content.prepdoc.BankImportPreview.IgnoredPart;
import app.mockinterview.content.prepdoc.BankImportPreview.PlannedFile;
import app.mockinterview.content.prepdoc.BankImportPreview.QuestionPreview;
import app.mockinterview.content.prepdoc.BankImportPreview.RecognisedPart;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepDocument;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;

/**
 * Imports a multi-question prep document into the content directory as canonical
 * per-question files, so that Markdown stays the source of truth. {@link #preview} reads
 * the document and plans every file without writing anything; {@link #write} writes the
 * planned files. Ids come from titles (deduplicated), every file records the document it
 * came from, and importing the same document again updates those files instead of adding
 * new ones.
 */
public final class BankImport {

	public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

	/**
	 * Questions per document: a prep document holds tens; beyond this the preview would
	 * be too long to read (and to send).
	 */
	public static final int MAX_QUESTIONS = 200;

	/**
	 * Ignored parts and problems listed per document and per question; the rest are
	 * counted, so the preview stays short whatever the document holds.
	 */
	public static final int MAX_LISTED = 100;

	/**
	 * Headings of any level per document, counted before parsing: enough for
	 * {@link #MAX_QUESTIONS} questions with their group headings and code comments, and a
	 * bound on what the parser is given.
	 */
	public static final int MAX_HEADINGS = 2_000;

	private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("^ {0,3}#{1,6}(\\s|$)",
			java.util.regex.Pattern.MULTILINE);

	private static final String QUESTIONS_DIR = "questions";

	private static final int MAX_SLUG = 60;

	private final CanonicalMarkdown canonical = new CanonicalMarkdown();

	private final ContentValidator validator = new ContentValidator();

	/**
	 * Reads the document and plans the files it would become in {@code contentDir}. Never
	 * throws on the document's content; problems are in the preview.
	 */
	public BankImportPreview preview(String fileName, byte[] bytes, Path contentDir) {
		String name = documentName(fileName);
		if (bytes.length > MAX_DOCUMENT_BYTES) {
			return new BankImportPreview(name, List.of(), 0, List.of(), List.of(), List.of(ContentProblem.error(name, 1,
					"the document is too large (" + bytes.length + " bytes, at most " + MAX_DOCUMENT_BYTES + ")")));
		}
		PrepDocumentText.Decoded decoded = PrepDocumentText.decode(bytes);
		long headings = HEADING.matcher(decoded.text()).results().count();
		if (headings > MAX_HEADINGS) {
			return new BankImportPreview(name, decoded.notes(), 0, List.of(), List.of(),
					List.of(ContentProblem.error(name, 1,
							"the document has " + headings + " headings, at most " + MAX_HEADINGS + " (and "
									+ MAX_QUESTIONS + " questions) can be imported at once: split it into several "
									+ "documents")));
		}
		PrepDocument document = new PrepDocumentParser(name).parse(decoded.text());
		if (document.questions().size() > MAX_QUESTIONS) {
			return new BankImportPreview(name, decoded.notes(), 0, List.of(), List.of(),
					List.of(ContentProblem.error(name, 1,
							"the document has " + document.questions().size() + " question headings, at most "
									+ MAX_QUESTIONS + " can be imported at once: split it into several documents")));
		}
		PrepQuestionMapper mapper = new PrepQuestionMapper(name, document.links(), name);
		Map<String, ExistingFile> existing = existingFiles(contentDir);
		Set<String> taken = new HashSet<>();
		Set<String> existingPaths = new HashSet<>();
		existing.values().forEach((file) -> existingPaths.add(file.path()));
		Map<String, Integer> nextSuffix = new HashMap<>();
		Map<String, Integer> orderByDifficulty = new HashMap<>();
		List<QuestionPreview> questions = new ArrayList<>();
		int number = 0;
		for (PrepQuestion prep : document.questions()) {
			number++;
			String difficultyKey = String.valueOf(prep.groupDifficulty());
			int order = orderByDifficulty.merge(difficultyKey, 1, Integer::sum);
			PrepQuestionMapper.Mapped mapped = mapper.map(prep, order);
			List<ContentProblem> problems = new ArrayList<>(mapped.problems());
			String id = uniqueId(slug(mapped.title()), name, existing, existingPaths, taken, nextSuffix);
			taken.add(id);
			Optional<PlannedFile> file = mapped.question()
				.flatMap((question) -> plan(question.withId(id), name, prep.line(), existing, problems));
			questions.add(new QuestionPreview(number, prep.line(), prep.heading(), mapped.title(),
					mapped.difficulty().map((d) -> d.slug()).orElse("?"), parts(prep),
					listed(prep.ignored().stream().map((i) -> new IgnoredPart(i.line(), i.what())).toList()),
					listedProblems(problems, name), file));
		}
		List<String> notes = decoded.notes();
		return new BankImportPreview(name, notes, document.links().size(), questions,
				listed(document.ignored().stream().map((i) -> new IgnoredPart(i.line(), i.what())).toList()),
				listedProblems(document.problems(), name));
	}

	private static List<IgnoredPart> listed(List<IgnoredPart> parts) {
		if (parts.size() <= MAX_LISTED) {
			return parts;
		}
		List<IgnoredPart> listed = new ArrayList<>(parts.subList(0, MAX_LISTED));
		IgnoredPart next = parts.get(MAX_LISTED);
		listed.add(new IgnoredPart(next.line(), "and " + (parts.size() - MAX_LISTED) + " more ignored parts"));
		return listed;
	}

	private static List<ContentProblem> listedProblems(List<ContentProblem> problems, String name) {
		if (problems.size() <= MAX_LISTED) {
			return problems;
		}
		List<ContentProblem> listed = new ArrayList<>(problems.subList(0, MAX_LISTED));
		String more = "and " + (problems.size() - MAX_LISTED) + " more problems";
		listed.add(problems.subList(MAX_LISTED, problems.size()).stream().anyMatch(ContentProblem::isError)
				? ContentProblem.error(name, problems.get(MAX_LISTED).line(), more)
				: ContentProblem.warning(name, problems.get(MAX_LISTED).line(), more));
		return listed;
	}

	/**
	 * Writes the files of every ready question that is new or changed.
	 * @return the files written
	 */
	public List<Path> write(BankImportPreview preview, Path contentDir) throws IOException {
		List<Path> written = new ArrayList<>();
		Path root = contentDir.toAbsolutePath().normalize();
		for (QuestionPreview question : preview.readyQuestions()) {
			PlannedFile file = question.file().get();
			if (file.action() == Action.UNCHANGED) {
				continue;
			}
			Path target = root.resolve(file.path()).normalize();
			if (!target.startsWith(root.resolve(QUESTIONS_DIR))) {
				throw new IOException("refusing to write outside the questions folder: " + file.path());
			}
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".import-", ".tmp");
			Files.writeString(temporary, file.markdown(), StandardCharsets.UTF_8);
			Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			written.add(target);
		}
		return written;
	}

	private Optional<PlannedFile> plan(CanonicalQuestion question, String documentName, int line,
			Map<String, ExistingFile> existing, List<ContentProblem> problems) {
		String markdown = this.canonical.write(question);
		ExistingFile current = existing.get(question.id());
		String path = (current != null) ? current.path() : QUESTIONS_DIR + "/" + question.id() + ".md";
		boolean broken = false;
		for (ContentProblem problem : this.validator.validateQuestion(path, markdown)) {
			if (problem.message().startsWith("section '## Clarify' is empty")) {
				continue;
			}
			String message = "in the generated file: " + problem.message();
			problems.add(problem.isError() ? ContentProblem.error(documentName, line, message)
					: ContentProblem.warning(documentName, line, message));
			broken |= problem.isError();
		}
		if (broken) {
			return Optional.empty();
		}
		Action action = (current == null) ? Action.NEW
				: markdown.equals(current.text()) ? Action.UNCHANGED : Action.UPDATE;
		return Optional.of(new PlannedFile(question.id(), path, action, markdown));
	}

	private static List<RecognisedPart> parts(PrepQuestion prep) {
		List<RecognisedPart> parts = new ArrayList<>();
		for (Part part : prep.parts().values()) {
			List<String> firstLines = part.lines()
				.stream()
				.map((line) -> line.text().strip())
				.filter((text) -> !text.isEmpty())
				.limit(3)
				.map((text) -> PrepDocumentParser.shorten(text, 140))
				.toList();
			parts.add(new RecognisedPart(part.label().displayName(), part.line(), firstLines));
		}
		return parts;
	}

	/**
	 * The first free id from the slug: an id is free when no question of this document
	 * has it yet and no file has it, unless that file came from this same document (then
	 * it is updated).
	 */
	private static String uniqueId(String slug, String documentName, Map<String, ExistingFile> existing,
			Set<String> existingPaths, Set<String> taken, Map<String, Integer> nextSuffix) {
		// Many questions with one title would otherwise try every suffix taken before:
		// carry on from the last one instead (linear, not quadratic, in the questions).
		for (int n = nextSuffix.getOrDefault(slug, 1);; n++) {
			nextSuffix.put(slug, n + 1);
			String candidate = (n == 1) ? slug : slug + "-" + n;
			if (taken.contains(candidate)) {
				continue;
			}
			ExistingFile file = existing.get(candidate);
			if (file != null && documentName.equals(file.importedFrom())) {
				return candidate;
			}
			boolean pathTaken = existingPaths.contains(QUESTIONS_DIR + "/" + candidate + ".md");
			if (file == null && !pathTaken) {
				return candidate;
			}
		}
	}

	/** "Spark inferSchema at scale" becomes {@code spark-inferschema-at-scale}. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG);
			int cut = slug.lastIndexOf('-');
			slug = (cut > 20) ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "question" : slug;
	}

	/** The file name without folders or control characters, as recorded in each file. */
	static String documentName(String fileName) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "document.md" : name;
	}

	private record ExistingFile(String path, String text, String importedFrom) {

	}

	private static Map<String, ExistingFile> existingFiles(Path contentDir) {
		Map<String, ExistingFile> files = new HashMap<>();
		Path dir = contentDir.resolve(QUESTIONS_DIR);
		if (!Files.isDirectory(dir)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(dir, 8)) {
			for (Path file : paths.filter(Files::isRegularFile)
				.filter((p) -> p.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList()) {
				if (Files.size(file) > MAX_DOCUMENT_BYTES) {
					continue;
				}
				byte[] bytes = Files.readAllBytes(file);
				String path = contentDir.relativize(file).toString().replace('\\', '/');
				String text = new String(bytes, StandardCharsets.UTF_8);
				Optional<CanonicalMarkdown.FileHeader> header = CanonicalMarkdown.header(bytes);
				if (header.isPresent()) {
					files.putIfAbsent(header.get().id(), new ExistingFile(path, text, header.get().importedFrom()));
				}
				else {
					// A file without a readable id still occupies its name.
					files.put("\u0000" + path, new ExistingFile(path, text, null));
				}
			}
		}
		catch (IOException ex) {
			// An unreadable folder only means no file can be reused: every id is new.
		}
		return files;
	}

}
