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
 * A test class that touches the database, run on each database the application supports:
 * on the in-memory H2 of the test configuration by the build's first test run, and again
 * on PostgreSQL by its second ({@code -Dtest.database=postgres}, the Surefire execution
 * {@code postgres} of {@code pom.xml}), every nested class and every new test included.
 * <p>
 * On the PostgreSQL run a Spring test context of such a class gets a database of its own
 * (see {@link PostgresContextCustomizerFactory}); a class that starts the application
 * itself asks {@link TestDatabase} where to start it. Without a PostgreSQL server the
 * PostgreSQL run skips these classes with the reason printed, except under
 * {@code CI=true}, where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(TestDatabase.TAG)
@ExtendWith(PostgresAvailableCondition.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface DatabaseTest {

}
