package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a template variable's value has, on the record component, field or
 * getter that provides it. The build adds it to the template's static text when it checks the
 * marketplace's length limits (rule {@code message-length}); without it a variable counts as
 * zero characters, and only the run-time check sees its real length.
 *
 * <pre>{@code
 * public record EngravingQuestion(String orderId, @MaxLength(40) String engravingText) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface MaxLength {

  /** The most characters the value has; not negative. */
  int value();
}
