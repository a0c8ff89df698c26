package app.mockinterview.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Property test of the Markdown and front-matter parsing that the importer runs on every
 * file: thousands of generated files (seeded, so a failure can be replayed) — binary
 * garbage, random edits of a valid file, truncations, huge lines, deep nesting,
 * unterminated fences and front matter, hostile YAML. For each, reading the file never
 * throws, finishes within a bound, and yields either a question or at least one error,
 * every problem naming the file and a line inside it.
 */
class QuestionFileFuzzTests {

	static final long SEED = 20261129L;

	static final int CASES = 2000;

	/** Far above what any real file takes (a few milliseconds), far below a hang. */
	static final Duration BOUND_PER_FILE = Duration.ofSeconds(5);

	private final ContentScanner scanner = new ContentScanner();

	@Test
	void everyGeneratedFileYieldsAQuestionOrProblemsWithFileAndLine() {
		Random random = new Random(SEED);
		List<Function<Random, byte[]>> generators = generators();
		int valid = 0;
		int invalid = 0;
		for (int i = 0; i < CASES; i++) {
			int n = i;
			int kind = n % generators.size();
			byte[] bytes = generators.get(kind).apply(random);
			String path = "questions/case-" + n + "-kind-" + kind + ".md";
			List<ContentProblem> problems = new ArrayList<>();
			ContentScanner.QuestionFile file = assertTimeoutPreemptively(BOUND_PER_FILE,
					() -> this.scanner.parse(path, path, "hash", bytes, RubricTerms.DEFAULT, problems),
					() -> "case " + n + " kind " + kind);
			int lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
			if (file.content().isPresent()) {
				valid++;
				assertThat(problems).as("case %d", n).noneMatch(ContentProblem::isError);
			}
			else {
				invalid++;
				assertThat(problems).as("case %d kind %d yields problems", n, kind).anyMatch(ContentProblem::isError);
			}
			for (ContentProblem problem : problems) {
				assertThat(problem.path()).as("case %d", n).isEqualTo(path);
				assertThat(problem.line()).as("case %d: %s", n, problem).isBetween(1, lines + 1);
				assertThat(problem.message()).as("case %d", n).isNotBlank();
			}
		}
		// The generators must exercise both outcomes, or the property says little.
		assertThat(valid).isGreaterThan(100);
		assertThat(invalid).isGreaterThan(700);
	}

	private static List<Function<Random, byte[]>> generators() {
		List<Function<Random, byte[]>> generators = new ArrayList<>();
		// Binary garbage of any length.
		generators.add((random) -> {
			byte[] bytes = new byte[random.nextInt(5000)];
			random.nextBytes(bytes);
			return bytes;
		});
		// A valid file with a few random characters changed, inserted or deleted.
		generators.add((random) -> utf8(mutate(QuestionFiles.valid(), random, 1 + random.nextInt(8))));
		// A valid file that is unchanged apart from line endings and a byte-order mark.
		generators.add((random) -> utf8((random.nextBoolean() ? "\uFEFF" : "")
				+ (random.nextBoolean() ? QuestionFiles.valid().replace("\n", "\r\n") : QuestionFiles.valid())));
		// A valid file cut off anywhere: unterminated front matter, sections, fences.
		generators.add((random) -> {
			String text = QuestionFiles.valid();
			return utf8(text.substring(0, random.nextInt(text.length())));
		});
		// One huge line, in the prompt or in the front matter, up to twice the line
		// limit.
		generators.add((random) -> {
			int limit = ContentScanner.MAX_LINE_CHARS;
			String line = randomText(random, (random.nextBoolean() ? limit / 4 : limit) + random.nextInt(limit));
			return utf8(random.nextBoolean() ? QuestionFiles.replacing("A table receives", line + " A table receives")
					: QuestionFiles.replacing("title: Latest row per key", "title: " + line));
		});
		// Deeply nested lists, quotes, emphasis and brackets.
		generators.add((random) -> {
			int depth = 100 + random.nextInt(1000);
			StringBuilder nested = new StringBuilder();
			switch (random.nextInt(4)) {
				case 0 -> {
					// Indentation grows with depth: stay under the 1 MB file limit.
					for (int i = 0; i < depth / 5; i++) {
						nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
					}
				}
				case 1 -> nested.append(">".repeat(depth)).append(" quoted\n");
				case 2 -> nested.append("[".repeat(depth)).append("x").append("](y)".repeat(depth)).append('\n');
				default -> nested.append("*_".repeat(depth)).append("x").append("_*".repeat(depth)).append('\n');
			}
			return utf8(QuestionFiles.replacing("- Which column orders the versions?", nested.toString()));
		});
		// Unterminated code fences and front matter.
		generators.add((random) -> {
			String text = switch (random.nextInt(3)) {
				case 0 -> QuestionFiles.replacing("SELECT * FROM ranked WHERE rn = 1;\n```",
						"SELECT * FROM ranked WHERE rn = 1;");
				case 1 -> QuestionFiles.valid().replaceFirst("---\n\n## Prompt", "\n## Prompt");
				default -> "---\n" + "key: value\n".repeat(random.nextInt(100)) + "```\n## Prompt\n";
			};
			return utf8(text);
		});
		// Hostile YAML: deep flow collections, alias bombs, tags, duplicate and odd keys.
		generators.add((random) -> {
			int depth = 50 + random.nextInt(2000);
			String yaml = switch (random.nextInt(6)) {
				case 0 -> "topics: " + "[".repeat(depth) + "x" + "]".repeat(depth);
				case 1 -> "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
						+ "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\ntopics: [*c, *c, *c, *c, *c, *c, *c, *c]";
				case 2 -> "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]";
				case 3 -> "id: one\nid: two\ntitle:\n  - a\n  - b";
				case 4 -> "minutes: {clarify: -5, approach: 99999999999999999999, answer: x}\norder: 1e999";
				default -> "\t: \"" + "\\u".repeat(random.nextInt(50)) + "\n? [a, b]\n: c";
			};
			return utf8(QuestionFiles.FRONT_MATTER.replace("order: 2", yaml) + QuestionFiles.BODY);
		});
		// Sections shuffled, doubled, emptied or renamed.
		generators.add((random) -> {
			String[] parts = QuestionFiles.BODY.split("(?=\n## )");
			List<String> sections = new ArrayList<>(List.of(parts));
			for (int i = 0; i < 3; i++) {
				int a = random.nextInt(sections.size());
				switch (random.nextInt(4)) {
					case 0 -> sections.add(sections.get(a));
					case 1 -> sections.remove(a);
					case 2 -> sections.set(a, sections.get(a).replaceAll("(?s)(## [^\n]*\n).*", "$1\n"));
					default -> java.util.Collections.swap(sections, a, random.nextInt(sections.size()));
				}
				if (sections.isEmpty()) {
					break;
				}
			}
			return utf8(QuestionFiles.FRONT_MATTER + String.join("", sections));
		});
		// Random Markdown-looking lines in place of the body.
		generators.add((random) -> {
			String[] tokens = { "## ", "### ", "- ", "1. ", "```", "~~~", "> ", "|", "---", "**", "`", "[", "](", ")",
					"<", ">", "&", "\t", "  ", "\n", "\n\n", "\r", "\u0000", "\uFFFD", "é", "中", "😀", "\\" };
			StringBuilder body = new StringBuilder();
			int length = random.nextInt(400);
			for (int i = 0; i < length; i++) {
				body.append(tokens[random.nextInt(tokens.length)]);
				if (random.nextInt(3) == 0) {
					body.append(randomText(random, random.nextInt(20)));
				}
			}
			return utf8(QuestionFiles.FRONT_MATTER + body);
		});
		return generators;
	}

	private static String mutate(String text, Random random, int edits) {
		StringBuilder mutated = new StringBuilder(text);
		String alphabet = "-#`*>[]()|:\n \t\"'{}!&<\u0000\r";
		for (int i = 0; i < edits && mutated.length() > 0; i++) {
			int at = random.nextInt(mutated.length());
			switch (random.nextInt(3)) {
				case 0 -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
				case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
				default -> mutated.deleteCharAt(at);
			}
		}
		return mutated.toString();
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (' ' + random.nextInt(95)));
		}
		return text.toString();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
