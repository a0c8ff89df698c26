package app.mockinterview.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test class that makes sense on PostgreSQL only (several instances sharing one
 * database, say): it runs in the PostgreSQL test run alone (see {@link DatabaseTest}). A
 * Spring test context of such a class gets a PostgreSQL database of its own, created for
 * it and dropped when the context closes. Without a PostgreSQL server the class is
 * skipped with the reason printed, except under {@code CI=true}, where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(TestDatabase.POSTGRES_ONLY_TAG)
@ExtendWith(PostgresAvailableCondition.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface OnPostgres {

}
