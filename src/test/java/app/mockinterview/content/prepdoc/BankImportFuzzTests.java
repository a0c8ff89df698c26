package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The importer never throws, whatever it is given: thousands of generated documents
 * mixing fragments of real layouts, damaged encodings and random bytes, from a fixed seed
 * so a failure can be reproduced. The whole run is bounded, so a pathological input that
 * makes the parser crawl fails the test too.
 */
class BankImportFuzzTests {

	private static final long SEED = 20261129L;

	private static final int CASES = 2000;

	private static final List<String> FRAGMENTS = List.of("# EASY (2)\n", "## Medium\n", "# HARD questions\n",
			"### Easy 1 — A title (Some Company)\n", "### Q7. Another title\n", "### Medium 2 - \n", "### \n",
			"**Exact phrasing (reported):**\n", "**What interviewer evaluates:**\n",
			"**Answer approach (structure):**\n", "**Model answer (say this):**\n", "**Key tradeoffs / follow-ups:**\n",
			"**Clarify:**\n", "**Why this works:** ", "> “A quoted question?” (from Company interview). ([Site][1])\n",
			"> \"unterminated quote ([x][9])\n", "* a bullet\n", "   * a nested bullet\n",
			"1. **Clarify (one line):** What? Why? — assume so.\n", "2. **Step:** text\n", "1. plain step\n",
			"```python\n", "```\n", "~~~\n", "---\n", "\n", "\n\n",
			"[1]: https://example.org/a?utm_source=x \"Title\"\n", "[2]: javascript:alert(1)\n", "[3]: not a url\n",
			"[](()[[]]\n", "**\n", "****\n", "__x__:\n", "#\n", "###### deep\n", "\t\ttabbed\n", "\r\n", "\uFEFF",
			"â€” Ã© ‚Äî Ã\n", "\u0000\u0001\u001F", "😀📑", "([Glassdoor][1])", "(((((", ")))))", "]]]]][[[[[",
			"*".repeat(200), "#".repeat(50) + "\n", " ".repeat(300) + "x\n", "a".repeat(3000));

	@TempDir
	Path content;

	@Test
	void neverThrowsOnArbitraryInput() throws IOException {
		Files.createDirectories(this.content.resolve("questions"));
		BankImport bankImport = new BankImport();
		Random random = new Random(SEED);
		assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
			for (int i = 0; i < CASES; i++) {
				byte[] input = generate(random, i);
				try {
					BankImportPreview preview = bankImport.preview("fuzz-" + i + ".md", input, this.content);
					assertThat(preview.reportLines()).isNotEmpty();
				}
				catch (RuntimeException | StackOverflowError ex) {
					fail("case " + i + " (seed " + SEED + ") threw " + ex, ex);
				}
			}
		});
	}

	private static byte[] generate(Random random, int i) {
		switch (i % 4) {
			case 0 -> {
				byte[] bytes = new byte[random.nextInt(2000)];
				random.nextBytes(bytes);
				return bytes;
			}
			case 1 -> {
				StringBuilder text = new StringBuilder();
				int count = random.nextInt(60);
				for (int n = 0; n < count; n++) {
					text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
				}
				return text.toString().getBytes(StandardCharsets.UTF_8);
			}
			case 2 -> {
				byte[] fixture = PrepDocuments.bytes((random.nextBoolean()) ? "prep-document.md" : "label-variants.md");
				byte[] mutated = fixture.clone();
				int flips = 1 + random.nextInt(40);
				for (int n = 0; n < flips; n++) {
					mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
				}
				int cut = random.nextInt(mutated.length + 1);
				return java.util.Arrays.copyOf(mutated, cut);
			}
			default -> {
				StringBuilder text = new StringBuilder();
				int length = random.nextInt(1500);
				for (int n = 0; n < length; n++) {
					int kind = random.nextInt(10);
					text.appendCodePoint((kind < 6) ? 32 + random.nextInt(95)
							: (kind < 8) ? "#*>[]()-_`:\n".charAt(random.nextInt(12)) : random.nextInt(0x2FFF));
				}
				return text.toString()
					.getBytes((random.nextBoolean()) ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
			}
		}
	}

}
