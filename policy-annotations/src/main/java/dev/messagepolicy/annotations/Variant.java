package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a template as one variant of a message (an A/B test): the shop sends exactly one of
 * the templates of a group to an order, so the group counts as one message per order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Variant {

  /** The name of the group of variants, the same on each of its templates. */
  String value();
}
