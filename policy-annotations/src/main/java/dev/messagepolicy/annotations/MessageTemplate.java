package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class (usually a record) as a message sent to marketplace buyers.
 *
 * <p>The subject and body are <a href="https://mustache.github.io/mustache.5.html">Mustache</a>
 * templates whose variables are the class's record components, fields or getters. Give exactly
 * one of {@link #body()} (the text inline) and {@link #bodyResource()} (a class-path resource,
 * for instance {@code messages/engraving-question.mustache} under {@code src/main/resources}).
 *
 * <p>Every template class also needs a {@link ContactReason}; critical messages carry
 * {@link Critical} and the {@code [Important]} tag in the subject.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MessageTemplate {

  /** The subject line, a Mustache template. Critical messages must contain {@code [Important]}. */
  String subject();

  /** The body as inline Mustache text; leave empty when {@link #bodyResource()} is given. */
  String body() default "";

  /**
   * The body as a class-path resource path (no leading slash), for instance
   * {@code messages/engraving-question.mustache}; leave empty when {@link #body()} is given.
   * Partials ({@code {{> footer}}}) are looked up beside it with the {@code .mustache} extension.
   */
  String bodyResource() default "";

  /**
   * The marketplace the message is sent on; it decides the languages and limits checked.
   * {@link Marketplace#BUILD_DEFAULT} takes the build's configured marketplace.
   */
  Marketplace marketplace() default Marketplace.BUILD_DEFAULT;
}
