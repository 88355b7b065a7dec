package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Why a message is sent. The marketplace permits proactive messages only for a few purposes,
 * and each purpose has its own limits; see {@link Reason}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContactReason {

  /** The purpose of the message. */
  Reason value();
}
