package app.mockinterview.sql;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.mockinterview.content.ContentProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the SQL exercises of a content directory: every question file whose front matter
 * has {@code kind: exercise} or an {@code sql:} key, with its folder {@code sql/<id>/}
 * ({@code schema.sql}, {@code sample/}, {@code hidden-<name>/}) and its model solution,
 * the first {@code ```sql} block under {@code ## Model answer}. Every problem names the
 * file and line it concerns.
 */
final class SqlExerciseReader {

	static final String SQL_DIR = "sql";

	static final int MAX_ROWS_PER_TABLE = 5_000;

	private static final long MAX_FILE_BYTES = 1024 * 1024;

	private static final Pattern CREATE_TABLE = Pattern.compile(
			"create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_]*))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** An exercise as read, with where its solution starts in the question file. */
	record Read(SqlExercise exercise, String questionPath, int solutionLine) {

	}

	record Result(List<Read> exercises, List<ContentProblem> problems) {

	}

	Result read(Path root) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Read> exercises = new ArrayList<>();
		Set<String> exerciseIds = new HashSet<>();
		for (Path file : questionFiles(root.resolve("questions"))) {
			Optional<String> text = readText(file, problems);
			if (text.isEmpty()) {
				continue;
			}
			readExercise(root, file, text.get(), exerciseIds, problems).ifPresent(exercises::add);
		}
		Path sqlDir = root.resolve(SQL_DIR);
		if (Files.isDirectory(sqlDir)) {
			try (Stream<Path> folders = Files.list(sqlDir)) {
				folders.filter(Files::isDirectory)
					.sorted()
					.filter((folder) -> !exerciseIds.contains(folder.getFileName().toString()))
					.forEach((folder) -> problems
						.add(ContentProblem.error(folder.toString(), 1, "no SQL exercise question with id '"
								+ folder.getFileName() + "' (a question file with kind: exercise and an sql: key)")));
			}
			catch (IOException ex) {
				problems.add(ContentProblem.error(sqlDir.toString(), 1, "cannot list files: " + ex.getMessage()));
			}
		}
		return new Result(exercises, problems);
	}

	private Optional<Read> readExercise(Path root, Path file, String text, Set<String> exerciseIds,
			List<ContentProblem> problems) {
		if (!text.contains("sql:") && !text.contains("exercise")) {
			// Most questions are not exercises: a bank of thousands is skipped without
			// YAML.
			return Optional.empty();
		}
		String path = file.toString();
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		if (lines.length == 0 || !lines[0].replace("\uFEFF", "").strip().equals("---")) {
			return Optional.empty();
		}
		int close = -1;
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].strip().equals("---")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			return Optional.empty();
		}
		Map<String, Node> front = frontMatter(String.join("\n", List.of(lines).subList(1, close)));
		if (front == null) {
			return Optional.empty();
		}
		Node sql = front.get("sql");
		boolean exerciseKind = "exercise".equals(scalar(front.get("kind")));
		if (sql == null && !exerciseKind) {
			return Optional.empty();
		}
		String id = Optional.ofNullable(scalar(front.get("id")))
			.orElse(file.getFileName().toString().replaceFirst("\\.md$", ""));
		exerciseIds.add(id);
		int problemsBefore = problems.size();
		boolean ordered = false;
		double tolerance = SqlExercise.DEFAULT_TOLERANCE;
		if (sql == null) {
			problems.add(ContentProblem.error(path, 1,
					"a question of kind exercise needs an sql: key (ordered: true|false, optional tolerance)"));
		}
		else if (sql instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				String key = scalar(tuple.getKeyNode());
				String value = scalar(tuple.getValueNode());
				int line = tuple.getKeyNode().getStartMark().getLine() + 2;
				if ("ordered".equals(key)) {
					if ("true".equals(value) || "false".equals(value)) {
						ordered = Boolean.parseBoolean(value);
					}
					else {
						problems.add(ContentProblem.error(path, line, "sql.ordered must be true or false"));
					}
				}
				else if ("tolerance".equals(key)) {
					try {
						tolerance = Double.parseDouble(String.valueOf(value));
						if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
							throw new NumberFormatException();
						}
					}
					catch (NumberFormatException ex) {
						problems.add(ContentProblem.error(path, line,
								"sql.tolerance must be a number of zero or more (e.g. 0.0001)"));
					}
				}
				else {
					problems.add(ContentProblem.warning(path, line,
							"unknown sql key '" + key + "' (known: ordered, tolerance)"));
				}
			}
		}
		else if (!(sql instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
			problems.add(ContentProblem.error(path, sql.getStartMark().getLine() + 2,
					"sql: must hold keys (ordered, tolerance)"));
		}
		int[] solutionLine = new int[1];
		String solution = solution(lines, path, solutionLine, problems);
		Path folder = root.resolve(SQL_DIR).resolve(id);
		if (!Files.isDirectory(folder)) {
			problems.add(ContentProblem.error(path, 1, "SQL exercise without data: create " + folder
					+ " with schema.sql, sample/ and at least one hidden-<name>/ folder"));
			return Optional.empty();
		}
		Path schemaFile = folder.resolve("schema.sql");
		String schema = Files.isRegularFile(schemaFile) ? readText(schemaFile, problems).orElse("") : null;
		if (schema == null) {
			problems.add(ContentProblem.error(schemaFile.toString(), 1,
					"schema.sql is missing: the CREATE TABLE statements of the exercise"));
			return Optional.empty();
		}
		List<String> tables = tables(schema);
		if (tables.isEmpty()) {
			problems.add(ContentProblem.error(schemaFile.toString(), 1, "schema.sql creates no table"));
			return Optional.empty();
		}
		for (String table : tables) {
			if (!TABLE_NAME.matcher(table).matches()) {
				problems.add(ContentProblem.error(schemaFile.toString(), 1,
						"table name '" + table + "': use letters, digits and underscores"));
			}
		}
		DataSet sample = null;
		List<DataSet> hidden = new ArrayList<>();
		Map<String, Path> folders = new TreeMap<>();
		try (Stream<Path> children = Files.list(folder)) {
			children.filter(Files::isDirectory).forEach((child) -> folders.put(child.getFileName().toString(), child));
		}
		catch (IOException ex) {
			problems.add(ContentProblem.error(folder.toString(), 1, "cannot list files: " + ex.getMessage()));
		}
		for (Map.Entry<String, Path> entry : folders.entrySet()) {
			String name = entry.getKey();
			if (name.equals("sample")) {
				sample = dataSet("sample", false, entry.getValue(), tables, problems);
			}
			else if (name.startsWith("hidden-") && name.length() > "hidden-".length()) {
				hidden.add(dataSet(name.substring("hidden-".length()), true, entry.getValue(), tables, problems));
			}
			else {
				problems.add(ContentProblem.error(entry.getValue().toString(), 1,
						"unexpected folder: data sets are sample/ and hidden-<name>/"));
			}
		}
		if (sample == null) {
			problems.add(ContentProblem.error(folder.toString(), 1, "no sample/ data set"));
		}
		if (hidden.isEmpty()) {
			problems.add(ContentProblem.error(folder.toString(), 1,
					"no hidden data set: add at least one hidden-<name>/ folder with the edge cases"));
		}
		if (problems.subList(problemsBefore, problems.size()).stream().anyMatch(ContentProblem::isError)
				|| solution == null) {
			return Optional.empty();
		}
		String hash = hash(schema, sample, hidden, solution, ordered, tolerance);
		SqlExercise exercise = new SqlExercise(id, schema, tables, sample, List.copyOf(hidden), solution, ordered,
				tolerance, hash);
		return Optional.of(new Read(exercise, path, solutionLine[0]));
	}

	private static DataSet dataSet(String name, boolean hidden, Path folder, List<String> tables,
			List<ContentProblem> problems) {
		List<CsvTable> loaded = new ArrayList<>();
		Set<String> expected = new HashSet<>();
		for (String table : tables) {
			expected.add(table.toLowerCase(Locale.ROOT) + ".csv");
			Path file = folder.resolve(table + ".csv");
			if (!Files.isRegularFile(file)) {
				problems.add(ContentProblem.error(file.toString(), 1,
						"missing: every data set holds every table (a header-only CSV is an empty table)"));
				continue;
			}
			Optional<String> text = readText(file, problems);
			if (text.isEmpty()) {
				continue;
			}
			CsvTable csv = CsvTable.parse(table, text.get());
			if (csv.header().isEmpty()) {
				problems.add(ContentProblem.error(file.toString(), 1, "no header row with the column names"));
				continue;
			}
			if (csv.rows().size() > MAX_ROWS_PER_TABLE) {
				problems.add(ContentProblem.error(file.toString(), csv.lines().get(MAX_ROWS_PER_TABLE),
						"data set over the size limit: " + csv.rows().size() + " rows, at most " + MAX_ROWS_PER_TABLE
								+ " per table"));
				continue;
			}
			loaded.add(csv);
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((file) -> !expected.contains(file.getFileName().toString().toLowerCase(Locale.ROOT)))
				.sorted()
				.forEach((file) -> problems.add(ContentProblem.error(file.toString(), 1,
						"not a table of schema.sql (tables: " + String.join(", ", tables) + ")")));
		}
		catch (IOException ex) {
			problems.add(ContentProblem.error(folder.toString(), 1, "cannot list files: " + ex.getMessage()));
		}
		return new DataSet(name, hidden, folder.toString(), List.copyOf(loaded));
	}

	private static String solution(String[] lines, String path, int[] solutionLine, List<ContentProblem> problems) {
		int heading = -1;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().equals("## Model answer")) {
				heading = i;
				break;
			}
		}
		if (heading < 0) {
			problems.add(ContentProblem.error(path, 1, "no ## Model answer section with the model solution"));
			return null;
		}
		for (int i = heading + 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith("## ")) {
				break;
			}
			if (line.toLowerCase(Locale.ROOT).matches("(```|~~~)\\s*sql\\b.*")) {
				String fence = line.substring(0, 3);
				List<String> body = new ArrayList<>();
				for (int j = i + 1; j < lines.length; j++) {
					if (lines[j].strip().startsWith(fence)) {
						solutionLine[0] = i + 2;
						String sql = String.join("\n", body).strip();
						if (sql.isEmpty()) {
							problems.add(ContentProblem.error(path, i + 1, "the model solution is empty"));
							return null;
						}
						return sql;
					}
					body.add(lines[j]);
				}
				problems.add(ContentProblem.error(path, i + 1, "the ```sql block is not closed"));
				return null;
			}
		}
		problems.add(ContentProblem.error(path, heading + 1,
				"no model solution: put the query in the first ```sql block under ## Model answer"));
		return null;
	}

	static List<String> tables(String schema) {
		String withoutComments = schema.replaceAll("--[^\n]*", "");
		List<String> tables = new ArrayList<>();
		Matcher matcher = CREATE_TABLE.matcher(withoutComments);
		while (matcher.find()) {
			tables.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
		}
		return tables;
	}

	private static Map<String, Node> frontMatter(String yaml) {
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			Node node = new Yaml(new SafeConstructor(options),
					new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
					new org.yaml.snakeyaml.DumperOptions(), options)
				.compose(new StringReader(yaml));
			if (!(node instanceof MappingNode mapping)) {
				return null;
			}
			Map<String, Node> values = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = scalar(tuple.getKeyNode());
				if (key != null) {
					values.put(key, tuple.getValueNode());
				}
			}
			return values;
		}
		catch (RuntimeException ex) {
			// The question parser reports broken front matter.
			return null;
		}
	}

	private static String scalar(Node node) {
		return (node instanceof ScalarNode scalar) ? scalar.getValue() : null;
	}

	private static List<Path> questionFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(dir, 8)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static Optional<String> readText(Path file, List<ContentProblem> problems) {
		try {
			if (Files.size(file) > MAX_FILE_BYTES) {
				problems.add(ContentProblem.error(file.toString(), 1,
						"data set over the size limit: the file is larger than 1 MB"));
				return Optional.empty();
			}
			return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			problems.add(ContentProblem.error(file.toString(), 1, "cannot read file: " + ex.getMessage()));
			return Optional.empty();
		}
	}

	private static String hash(String schema, DataSet sample, List<DataSet> hidden, String solution, boolean ordered,
			double tolerance) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((schema + "\u0000" + solution + "\u0000" + ordered + "\u0000" + tolerance)
				.getBytes(StandardCharsets.UTF_8));
			List<DataSet> all = new ArrayList<>();
			all.add(sample);
			all.addAll(hidden);
			for (DataSet data : all) {
				digest.update(("\u0000" + data.name() + data.hidden()).getBytes(StandardCharsets.UTF_8));
				for (CsvTable table : data.tables()) {
					digest.update(("\u0000" + table.table() + table.header() + table.rows())
						.getBytes(StandardCharsets.UTF_8));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
