package app.mockinterview.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * Exports questions as canonical Markdown, read from the content files (the source of
 * truth) rather than from the rendered database copy, so that importing an export gives
 * the same questions back.
 */
@Component
public class BankExport {

	private final ContentProperties properties;

	private final CanonicalMarkdown canonical = new CanonicalMarkdown();

	public BankExport(ContentProperties properties) {
		this.properties = properties;
	}

	/**
	 * The canonical Markdown of the question file at {@code sourcePath} (relative to the
	 * content directory), or empty when the file is gone or no longer valid.
	 */
	public Optional<String> question(String sourcePath) {
		Path root = this.properties.contentDir().toAbsolutePath().normalize();
		Path file = root.resolve(sourcePath).normalize();
		if (!file.startsWith(root) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return ContentText.decode(Files.readAllBytes(file))
				.flatMap((text) -> this.canonical.read(file.toString(), text, new ArrayList<>()))
				.map(this.canonical::write);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Writes the whole bank as a zip laid out like the content directory:
	 * {@code rubric.md} and every valid question under {@code questions/}, canonical.
	 * @return the paths of the question files left out because they are not valid
	 */
	public List<String> writeZip(OutputStream out) throws IOException {
		Path root = this.properties.contentDir();
		List<String> skipped = new ArrayList<>();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			Path rubric = root.resolve(ContentScanner.RUBRIC_FILE);
			if (Files.isRegularFile(rubric)) {
				zip.putNextEntry(new ZipEntry(ContentScanner.RUBRIC_FILE));
				zip.write(Files.readAllBytes(rubric));
				zip.closeEntry();
			}
			Path questions = root.resolve(ContentScanner.QUESTIONS_DIR);
			if (Files.isDirectory(questions)) {
				List<Path> files;
				try (Stream<Path> paths = Files.walk(questions, 8)) {
					files = paths.filter(Files::isRegularFile)
						.filter((p) -> p.getFileName().toString().endsWith(".md"))
						.sorted()
						.toList();
				}
				for (Path file : files) {
					String relative = root.relativize(file).toString().replace('\\', '/');
					Optional<String> markdown = question(relative);
					if (markdown.isEmpty()) {
						skipped.add(relative);
						continue;
					}
					zip.putNextEntry(new ZipEntry(relative));
					zip.write(markdown.get().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			// SQL exercises' schemas and data sets, as they are.
			Path sql = root.resolve("sql");
			if (Files.isDirectory(sql)) {
				List<Path> data;
				try (Stream<Path> paths = Files.walk(sql, 4)) {
					data = paths.filter(Files::isRegularFile).sorted().toList();
				}
				for (Path file : data) {
					zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
					zip.write(Files.readAllBytes(file));
					zip.closeEntry();
				}
			}
		}
		return skipped;
	}

}
