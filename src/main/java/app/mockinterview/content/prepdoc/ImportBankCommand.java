package app.mockinterview.content.prepdoc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar app.jar import-bank FILE [--dry-run] [--content-dir DIR]}: reads a
 * prep document, prints the same report as the admin preview and, unless
 * {@code --dry-run}, writes the canonical question files into {@code DIR/questions/}
 * (default {@code content}). The running application picks them up at its next content
 * import. Exits with 1 when a question could not be imported, 2 on a usage error, 0
 * otherwise. Runs without Spring.
 */
public final class ImportBankCommand {

	public static final String NAME = "import-bank";

	private static final String USAGE = "usage: import-bank FILE [--dry-run] [--content-dir DIR]";

	private ImportBankCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		boolean dryRun = false;
		Path contentDir = Path.of("content");
		List<String> files = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--dry-run" -> dryRun = true;
				case "--content-dir" -> {
					if (i + 1 >= args.length) {
						err.println(USAGE);
						return 2;
					}
					contentDir = Path.of(args[++i]);
				}
				default -> files.add(args[i]);
			}
		}
		if (files.size() != 1 || files.get(0).startsWith("--")) {
			err.println(USAGE);
			return 2;
		}
		Path file = Path.of(files.get(0));
		byte[] bytes;
		try {
			if (Files.size(file) > BankImport.MAX_DOCUMENT_BYTES) {
				err.println(file + ": the document is too large (at most " + BankImport.MAX_DOCUMENT_BYTES + " bytes)");
				return 1;
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			err.println(file + ": cannot read the document: " + ex.getMessage());
			return 1;
		}
		BankImport bankImport = new BankImport();
		BankImportPreview preview = bankImport.preview(file.getFileName().toString(), bytes, contentDir);
		preview.reportLines().forEach(out::println);
		out.println();
		if (dryRun) {
			out.println("Dry run: nothing written.");
		}
		else {
			try {
				List<Path> written = bankImport.write(preview, contentDir);
				out.printf("Wrote %d file(s) into %s (%d new, %d updated, %d unchanged).%n", written.size(),
						contentDir.resolve("questions"), preview.count(BankImportPreview.Action.NEW),
						preview.count(BankImportPreview.Action.UPDATE),
						preview.count(BankImportPreview.Action.UNCHANGED));
			}
			catch (IOException ex) {
				err.println(contentDir + ": cannot write the question files: " + ex.getMessage());
				return 1;
			}
		}
		return preview.hasErrors() ? 1 : 0;
	}

}
