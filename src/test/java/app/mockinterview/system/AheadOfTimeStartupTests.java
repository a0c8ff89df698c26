package app.mockinterview.system;

import java.net.URI;
import java.net.URL;

import app.mockinterview.MockInterviewApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AheadOfTimeStartupTests {

	/**
	 * As the extracted jar of the Docker image has it (the packaged jar's are nested).
	 */
	static final URL IN_JAR = url(
			"jar:file:/app/mock-interviews.jar!/app/mockinterview/MockInterviewApplication.class");

	static final URL IN_BUILD_FOLDER = url(
			"file:/work/target/classes/app/mockinterview/MockInterviewApplication.class");

	@Test
	void thePackagedJarStartsFromItsGeneratedCode() {
		assertThat(AheadOfTimeStartup.shouldEnable(IN_JAR, true, null)).isTrue();
	}

	@Test
	void classesInABuildFolderMayBeNewerThanTheGeneratedCode() {
		assertThat(AheadOfTimeStartup.shouldEnable(IN_BUILD_FOLDER, true, null)).isFalse();
	}

	@Test
	void withoutGeneratedCodeNothingChanges() {
		assertThat(AheadOfTimeStartup.shouldEnable(IN_JAR, false, null)).isFalse();
	}

	@Test
	void anExplicitSettingWins() {
		assertThat(AheadOfTimeStartup.shouldEnable(IN_JAR, true, "false")).isFalse();
		assertThat(AheadOfTimeStartup.shouldEnable(IN_JAR, true, "true")).isFalse();
	}

	@Test
	void testsRunFromTheBuildFolderSoTheyStayInRegularMode() {
		String before = System.getProperty("spring.aot.enabled");
		AheadOfTimeStartup.enableWhenPackaged(MockInterviewApplication.class);
		assertThat(System.getProperty("spring.aot.enabled")).isEqualTo(before);
	}

	private static URL url(String spec) {
		try {
			return URI.create(spec).toURL();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
