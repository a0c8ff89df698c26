package app.mockinterview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package boundaries (docs/architecture.md): no cycles between packages, each feature
 * depends only on the packages it is meant to, and {@code system} is generic plumbing
 * that imports no feature. A new dependency between features is a design decision: it
 * goes into {@link #ALLOWED} and the architecture document together.
 */
class ArchitectureTests {

	private static final String BASE = "app.mockinterview";

	/** Each package and the application packages it may use (besides itself). */
	private static final Map<String, Set<String>> ALLOWED = allowed();

	private static Map<String, Set<String>> allowed() {
		Map<String, Set<String>> allowed = new LinkedHashMap<>();
		allowed.put("system", Set.of());
		allowed.put("link", Set.of());
		allowed.put("notes", Set.of("system"));
		allowed.put("question", Set.of("system"));
		allowed.put("markdown", Set.of());
		allowed.put("content", Set.of("question", "markdown", "system"));
		allowed.put("content.prepdoc", Set.of("content", "question", "system"));
		allowed.put("sql", Set.of("content", "question", "system"));
		allowed.put("practice", Set.of("content", "question", "sql", "link", "notes", "system"));
		allowed.put("interview", Set.of("content", "question", "sql", "link", "notes", "system"));
		allowed.put("interview.sheet", Set.of("interview", "question", "system"));
		allowed.put("admin", Set.of("content", "content.prepdoc", "question", "system"));
		allowed.put("transfer", Set.of("system"));
		return allowed;
	}

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void everyPackageIsInTheMap() {
		List<String> packages = CLASSES.stream()
			.map((javaClass) -> javaClass.getPackageName())
			.filter((name) -> name.startsWith(BASE + "."))
			.map((name) -> name.substring(BASE.length() + 1))
			.distinct()
			.sorted()
			.toList();
		assertThat(ALLOWED.keySet()).as("packages with a rule").containsExactlyInAnyOrderElementsOf(packages);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void eachPackageUsesOnlyThePackagesItIsMeantTo() {
		ALLOWED.forEach((pkg, uses) -> {
			String[] forbidden = ALLOWED.keySet()
				.stream()
				.filter((other) -> !other.equals(pkg) && !uses.contains(other))
				.map((other) -> BASE + "." + other)
				.toArray(String[]::new);
			noClasses().that()
				.resideInAPackage(BASE + "." + pkg)
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden)
				.because(pkg + " may use only " + uses)
				.check(CLASSES);
		});
	}

	@Test
	void systemImportsNoFeature() {
		noClasses().that()
			.resideInAPackage(BASE + ".system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ALLOWED.keySet()
				.stream()
				.filter((pkg) -> !pkg.equals("system"))
				.map((pkg) -> BASE + "." + pkg + "..")
				.toArray(String[]::new))
			.check(CLASSES);
	}

}
