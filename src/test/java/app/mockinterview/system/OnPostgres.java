package app.mockinterview.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class on PostgreSQL (see {@link TestPostgres}). A Spring test context gets
 * a database of its own, created for it and dropped when the context closes. Without a
 * PostgreSQL server the class is skipped with the reason printed, except under
 * {@code CI=true}, where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresAvailableCondition.class)
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
public @interface OnPostgres {

}
