package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, on the rule's class: the id (also the suppression key and the name in
 * configuration), a one-line summary without a period, the default severity and the guideline
 * the rule enforces. Reports, SARIF and the rule docs are generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolicyRule {

  /** The rule id, lowercase with dashes: {@code no-links}. */
  String id();

  /** What the rule catches, one line, no final period. */
  String summary();

  /** The severity of its findings unless configured otherwise. */
  Severity severity() default Severity.ERROR;

  /** The marketplace guideline the rule enforces, in one or two sentences. */
  String guideline();
}
