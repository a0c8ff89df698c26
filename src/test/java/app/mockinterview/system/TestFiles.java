package app.mockinterview.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * File helpers for tests.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/** A new temporary folder holding a copy of the shipped content. */
	public static Path copyOfTheShippedContent(String prefix) {
		try {
			Path dir = Files.createTempDirectory(prefix);
			copyTree(Path.of("content"), dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many question files the repository ships under {@code content/questions}. */
	public static int shippedQuestionCount() {
		try (Stream<Path> files = Files.list(Path.of("content", "questions"))) {
			return (int) files.filter((file) -> file.toString().endsWith(".md")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies a folder with everything in it (for example the shipped content). */
	public static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : paths.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

}
