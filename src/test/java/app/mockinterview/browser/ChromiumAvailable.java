package app.mockinterview.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and its driver are installed. Locally a
 * missing browser skips them with the reason printed; under {@code CI=true} it fails
 * them, so a CI run can never pass without the browser tests having run.
 */
class ChromiumAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = missing();
		if (missing == null) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String reason = "Browser tests skipped: " + missing
				+ ". Install Debian's 'chromium' and 'chromium-driver' packages to run them.";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason.replace("skipped", "cannot be skipped under CI=true"));
		}
		System.out.println(reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	private static String missing() {
		if (!Files.isExecutable(Path.of(Chromium.BROWSER))) {
			return "no Chromium at " + Chromium.BROWSER;
		}
		if (!Files.isExecutable(Path.of(Chromium.DRIVER))) {
			return "no chromedriver at " + Chromium.DRIVER;
		}
		return null;
	}

}
