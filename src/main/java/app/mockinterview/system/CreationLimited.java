package app.mockinterview.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that creates something lasting (an interview, a practice attempt):
 * {@link CreationLimits} counts it against the client address's creation budget.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CreationLimited {

}
