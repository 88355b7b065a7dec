package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences findings of the named rules on one template class. A suppression without a written
 * {@link #justification()} is itself reported (rule {@code suppression-justification}), so
 * that every exception to the marketplace's rules is explained where reviewers see it.
 *
 * <pre>{@code
 * @SuppressPolicy(value = "order-id-required",
 *     justification = "Sent inside the order thread, where the order is already named")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SuppressPolicy {

  /** The rule ids to suppress, for instance {@code "no-links"}. */
  String[] value();

  /** Why the rule does not apply to this message; required. */
  String justification() default "";
}
