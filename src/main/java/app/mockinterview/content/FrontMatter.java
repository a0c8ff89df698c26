package app.mockinterview.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML block between the two {@code ---} lines at the top of a content file. Values
 * are read from the YAML node tree so that every problem can name the line it is on.
 */
final class FrontMatter {

	private final String path;

	private final Map<String, Node> values;

	private final Map<String, Integer> keyLines;

	private final List<ContentProblem> problems;

	private final int bodyStartLine;

	private FrontMatter(String path, Map<String, Node> values, Map<String, Integer> keyLines,
			List<ContentProblem> problems, int bodyStartLine) {
		this.path = path;
		this.values = values;
		this.keyLines = keyLines;
		this.problems = problems;
		this.bodyStartLine = bodyStartLine;
	}

	/**
	 * Splits off and reads the front matter.
	 * @param required whether a file without front matter is an error
	 */
	static FrontMatter read(String path, String text, boolean required, List<ContentProblem> problems) {
		String[] lines = text.split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			if (required) {
				problems.add(ContentProblem.error(path, 1,
						"missing front matter: the file must start with a line '---', then the YAML keys, then '---'"));
			}
			return new FrontMatter(path, Map.of(), Map.of(), problems, 0);
		}
		int close = -1;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.equals("---") || line.equals("...")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			problems.add(ContentProblem.error(path, 1, "front matter opened on line 1 is never closed with '---'"));
			return new FrontMatter(path, Map.of(), Map.of(), problems, lines.length);
		}
		String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, close));
		Map<String, Node> values = new LinkedHashMap<>();
		Map<String, Integer> keyLines = new LinkedHashMap<>();
		try {
			Node root = yaml().compose(new StringReader(yaml));
			if (root == null) {
				problems.add(ContentProblem.error(path, 1, "front matter is empty"));
			}
			else if (!(root instanceof MappingNode mapping)) {
				problems
					.add(ContentProblem.error(path, lineOf(root), "front matter must be a list of 'key: value' lines"));
			}
			else {
				for (NodeTuple tuple : mapping.getValue()) {
					if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
						problems.add(ContentProblem.error(path, lineOf(tuple.getKeyNode()),
								"front matter keys must be plain words"));
						continue;
					}
					String key = keyNode.getValue();
					if (values.containsKey(key)) {
						problems.add(ContentProblem.error(path, lineOf(keyNode),
								"'" + key + "' is given twice (first on line " + keyLines.get(key) + ")"));
						continue;
					}
					values.put(key, tuple.getValueNode());
					keyLines.put(key, lineOf(keyNode));
				}
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 2 : 1;
			problems.add(ContentProblem.error(path, line, "front matter is not valid YAML: " + ex.getProblem()));
		}
		catch (YAMLException ex) {
			problems.add(ContentProblem.error(path, 1, "front matter is not valid YAML: " + ex.getMessage()));
		}
		return new FrontMatter(path, values, keyLines, problems, close + 1);
	}

	/**
	 * A parser per thread (a {@link Yaml} is not thread-safe; building one was about a
	 * quarter of reading the front matter of a large import).
	 */
	private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatter::newYaml);

	private static Yaml yaml() {
		return YAML.get();
	}

	private static Yaml newYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(10);
		options.setCodePointLimit(1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

	/** Line 1 holds the opening {@code ---}, so YAML line 0 is file line 2. */
	private static int lineOf(Node node) {
		return node.getStartMark().getLine() + 2;
	}

	/**
	 * How many lines the front matter takes, delimiters included (0 when there is none).
	 */
	int bodyStartLine() {
		return this.bodyStartLine;
	}

	java.util.Set<String> keys() {
		return this.values.keySet();
	}

	int lineOfKey(String key) {
		return this.keyLines.getOrDefault(key, 1);
	}

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	/** A required single text value. */
	Optional<String> requiredText(String key, int maxLength) {
		if (!has(key)) {
			this.problems.add(ContentProblem.error(this.path, 1, "missing required front-matter key '" + key + "'"));
			return Optional.empty();
		}
		return optionalText(key, maxLength).or(() -> {
			if (this.problems.stream().noneMatch((p) -> p.line() == lineOfKey(key) && p.isError())) {
				this.problems.add(ContentProblem.error(this.path, lineOfKey(key), "'" + key + "' is empty"));
			}
			return Optional.empty();
		});
	}

	Optional<String> optionalText(String key, int maxLength) {
		Node node = this.values.get(key);
		if (node == null) {
			return Optional.empty();
		}
		return text(key, node, maxLength);
	}

	private Optional<String> text(String name, Node node, int maxLength) {
		if (!(node instanceof ScalarNode scalar)) {
			this.problems.add(ContentProblem.error(this.path, lineOf(node), "'" + name + "' must be a single value"));
			return Optional.empty();
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty() || value.equals("~") || value.equals("null")) {
			return Optional.empty();
		}
		if (value.length() > maxLength) {
			this.problems.add(ContentProblem.error(this.path, lineOf(node),
					"'" + name + "' is too long (" + value.length() + " characters, at most " + maxLength + ")"));
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/** A list of short texts; a single value counts as a list of one. */
	List<String> textList(String key, int maxItems, int maxLength) {
		Node node = this.values.get(key);
		List<String> items = new ArrayList<>();
		if (node == null) {
			return items;
		}
		List<Node> elements = (node instanceof SequenceNode sequence) ? sequence.getValue() : List.of(node);
		for (Node element : elements) {
			text(key + " item", element, maxLength).filter((item) -> !items.contains(item)).ifPresent(items::add);
		}
		if (items.size() > maxItems) {
			this.problems.add(ContentProblem.error(this.path, lineOf(node),
					"'" + key + "' has " + items.size() + " items, at most " + maxItems + " are allowed"));
			return List.copyOf(items.subList(0, maxItems));
		}
		return items;
	}

	/**
	 * A nested block of 'key: value' lines, such as {@code source} or {@code minutes}.
	 */
	Optional<Map<String, ScalarNode>> section(String key) {
		Node node = this.values.get(key);
		if (node == null) {
			return Optional.empty();
		}
		if (!(node instanceof MappingNode mapping)) {
			this.problems.add(ContentProblem.error(this.path, lineOf(node),
					"'" + key + "' must be a block of indented 'key: value' lines"));
			return Optional.empty();
		}
		Map<String, ScalarNode> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
				entries.put(k.getValue(), v);
			}
			else {
				this.problems.add(ContentProblem.error(this.path, lineOf(tuple.getKeyNode()),
						"'" + key + "' entries must be 'key: value' lines"));
			}
		}
		return Optional.of(entries);
	}

	/** A whole number within bounds, or the default when absent. */
	int number(String name, ScalarNode node, int min, int max, int fallback) {
		try {
			int value = Integer.parseInt(node.getValue().strip());
			if (value < min || value > max) {
				this.problems.add(ContentProblem.error(this.path, lineOf(node),
						"'" + name + "' must be between " + min + " and " + max + ", not " + value));
				return fallback;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			this.problems.add(ContentProblem.error(this.path, lineOf(node),
					"'" + name + "' must be a whole number, not '" + node.getValue() + "'"));
			return fallback;
		}
	}

	Node node(String key) {
		return this.values.get(key);
	}

	int line(Node node) {
		return lineOf(node);
	}

	String path() {
		return this.path;
	}

}
