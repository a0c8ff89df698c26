package app.mockinterview.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactStaticTextTests {

	@Test
	void dropsCommentLinesBlankLinesAndIndentationButNothingInsideALine() {
		String script = """
				// The clock.
				(function () {
				  /* A block
				     over two lines. */
				  var url = "http://example.org/*not a comment*/"; // stays: it ends a line of code

				  var re = /a*b/;
				})();
				""";
		assertThat(CompactStaticText.compact(script, true)).isEqualTo("""
				(function () {
				var url = "http://example.org/*not a comment*/"; // stays: it ends a line of code
				var re = /a*b/;
				})();
				""");
	}

	@Test
	void keepsTheCodeAfterABlockCommentThatEndsOnItsLine() {
		assertThat(CompactStaticText.compact("/* a\n b */ .x { color: red; }\n", false))
			.isEqualTo(".x { color: red; }\n");
		assertThat(CompactStaticText.compact("// in CSS this is no comment\n", false))
			.isEqualTo("// in CSS this is no comment\n");
	}

	@Test
	void leavesAScriptWithTemplateLiteralsOrContinuedLinesAlone() {
		String template = "var a = `one\n  two`;\n";
		String continued = "var a = 'one \\\n  two';\n";
		assertThat(CompactStaticText.compact(template, true)).isSameAs(template);
		assertThat(CompactStaticText.compact(continued, true)).isSameAs(continued);
	}

	/**
	 * Every shipped file keeps every line of code, in order, only without its
	 * indentation; what it loses is blank lines and lines inside comments that start a
	 * line.
	 */
	@Test
	void theShippedFilesLoseOnlyCommentsAndWhitespace() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
			List<Path> texts = files
				.filter((file) -> file.toString().endsWith(".js") || file.toString().endsWith(".css"))
				.toList();
			assertThat(texts).hasSizeGreaterThan(5);
			for (Path file : texts) {
				String text = Files.readString(file);
				boolean script = file.toString().endsWith(".js");
				List<String> compact = CompactStaticText.compact(text, script).lines().toList();
				assertThat((long) compact.size()).as(file.toString()).isLessThan(text.lines().count());
				int next = 0;
				boolean inComment = false;
				for (String line : text.lines().map(String::strip).toList()) {
					boolean comment = inComment || line.startsWith("/*") || (script && line.startsWith("//"));
					inComment = (inComment || line.startsWith("/*")) && !line.endsWith("*/");
					if (!comment && next < compact.size() && compact.get(next).equals(line)) {
						next++;
					}
					else {
						assertThat(line.isEmpty() || comment).as("%s dropped: %s", file, line).isTrue();
					}
				}
				assertThat(next).as(file + ": every kept line is a line of the file").isEqualTo(compact.size());
			}
		}
	}

}
