package app.mockinterview.system;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips {@link OnPostgres} tests when no PostgreSQL server is available, printing why;
 * under {@code CI=true} a missing server fails them instead.
 */
class PostgresAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
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
