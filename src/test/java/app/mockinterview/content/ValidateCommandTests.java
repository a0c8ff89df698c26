package app.mockinterview.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTests {

	@TempDir
	Path content;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ValidateCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private void write(String name, String text) throws IOException {
		Path file = this.content.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	@Test
	void exitsZeroAndPrintsNothingForTheShippedContent() {
		assertThat(run("validate", "content")).isZero();
		assertThat(output()).isEmpty();
	}

	@Test
	void printsOneLinePerProblemWithPathAndLineAndExitsOne() throws IOException {
		Files.copy(Path.of("content/rubric.md"), this.content.resolve("rubric.md"));
		write("questions/good.md", QuestionFiles.valid());
		write("questions/bad.md", QuestionFiles.withId("other").replace("difficulty: medium", "difficulty: tough"));
		write("questions/twin.md", QuestionFiles.valid());
		assertThat(run("validate", this.content.toString())).isEqualTo(1);
		assertThat(output().lines()).containsExactly(
				this.content.resolve("questions/bad.md") + ":4: unknown difficulty 'tough'; use easy, medium or hard",
				this.content.resolve("questions/twin.md") + ":1: duplicate id 'sql-latest-row': "
						+ this.content.resolve("questions/good.md") + " already uses it");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("2 error(s), 0 warning(s)");
	}

	@Test
	void warningsAloneDoNotFail() throws IOException {
		Files.copy(Path.of("content/rubric.md"), this.content.resolve("rubric.md"));
		write("questions/good.md", QuestionFiles.replacing("order: 2", "order: 2\nlevel: senior"));
		assertThat(run("validate", this.content.toString())).isZero();
		assertThat(output()).contains("good.md:20: warning: unknown front-matter key 'level'");
	}

	@Test
	void reportsAMissingDirectory() {
		assertThat(run("validate", this.content.resolve("nowhere").toString())).isEqualTo(1);
		assertThat(output()).contains("nowhere:1: content directory does not exist");
	}

}
