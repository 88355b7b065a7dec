package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a message as critical to completing the order: it also reaches buyers who opted out of
 * unsolicited messages. Only product customization, delivery scheduling and delivery address
 * questions may be critical (see {@link Reason#criticalAllowed()}), the subject must contain
 * {@code [Important]}, and the message may ask only for what the order needs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Critical {}
