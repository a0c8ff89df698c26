package app.mockinterview.system;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Skips the tests that are to run on PostgreSQL ({@link DatabaseTest} classes on the
 * PostgreSQL test run, {@link OnPostgres} classes always) when no PostgreSQL server is
 * available, printing why; under {@code CI=true} a missing server fails them instead.
 */
class PostgresAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean onPostgres = TestDatabase.postgres() || context.getTestClass()
			.map((testClass) -> TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class))
			.orElse(false);
		if (!onPostgres) {
			return ConditionEvaluationResult.enabled("runs on H2 in this test run");
		}
		Optional<String> reason = TestPostgres.unavailableReason();
		if (reason.isEmpty()) {
			return ConditionEvaluationResult.enabled("PostgreSQL available");
		}
		if (TestPostgres.requiredByCi()) {
			throw new IllegalStateException("CI=true requires PostgreSQL for the PostgreSQL tests: " + reason.get());
		}
		String skipped = "PostgreSQL tests skipped: " + reason.get();
		System.err.println(context.getDisplayName() + ": " + skipped);
		return ConditionEvaluationResult.disabled(skipped);
	}

}
