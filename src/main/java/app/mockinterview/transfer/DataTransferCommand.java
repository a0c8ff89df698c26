package app.mockinterview.transfer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar app.jar export-data FILE} and {@code import-data FILE}: moves
 * practice, interviews and sheets between databases through a JSON file. The database is
 * the one the app would use (the {@code postgres} profile, {@code SPRING_DATASOURCE_*},
 * or {@code --spring.datasource.url=...} after the file name); its schema is migrated
 * first, no HTTP port is opened and the content is not imported.
 */
public final class DataTransferCommand {

	public static final String EXPORT = "export-data";

	public static final String IMPORT = "import-data";

	private DataTransferCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (EXPORT.equals(args[0]) || IMPORT.equals(args[0]));
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || args[1].startsWith("--")) {
			err.println("usage: " + EXPORT + " FILE [--spring.datasource.url=...]");
			err.println("       " + IMPORT + " FILE [--spring.datasource.url=...]");
			return 2;
		}
		boolean export = EXPORT.equals(args[0]);
		Path file = Path.of(args[1]);
		if (!export && !Files.isReadable(file)) {
			err.println("Cannot read " + file);
			return 1;
		}
		if (export && Files.exists(file)) {
			err.println(file + " already exists; choose another name.");
			return 1;
		}
		List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
		springArgs.add("--app.import-on-startup=false");
		// A web context, as the security configuration expects one, but no HTTP port.
		springArgs.add("--server.port=-1");
		SpringApplication spring = new SpringApplication(application);
		spring.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "warn"));
		try (ConfigurableApplicationContext context = spring.run(springArgs.toArray(String[]::new))) {
			DataTransfer transfer = context.getBean(DataTransfer.class);
			if (export) {
				DataTransfer.Counts counts = transfer.exportTo(file);
				out.print(counts);
				out.println("Exported to " + file);
			}
			else {
				DataTransfer.Counts counts = transfer.importFrom(file);
				out.print(counts);
				out.println("Imported " + file);
			}
			return 0;
		}
		catch (DataTransferException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
