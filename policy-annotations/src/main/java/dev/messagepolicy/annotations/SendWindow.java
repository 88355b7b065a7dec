package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the message is sent on a schedule, between {@link #fromDays()} and
 * {@link #toDays()} days after the order's delivery (both inclusive).
 *
 * <p>A scheduled message goes to every order: it is <em>routine</em>, and a shop may send only
 * one routine message per order and marketplace (rule {@code one-message-per-order}). The window
 * must lie inside what the marketplace permits (rule {@code send-window}): a review request 5 to
 * 30 days after delivery, any other proactive message within 30 days.
 *
 * <pre>{@code
 * @SendWindow(fromDays = 7, toDays = 14)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SendWindow {

  /** The first day the message may go out, counted in days after delivery. */
  int fromDays();

  /** The last day the message may go out, counted in days after delivery; not before {@link #fromDays()}. */
  int toDays();
}
