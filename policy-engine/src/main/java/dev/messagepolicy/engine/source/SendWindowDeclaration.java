package dev.messagepolicy.engine.source;

/**
 * A declared {@code @SendWindow}: the message goes out between {@code fromDays} and
 * {@code toDays} days after delivery, both inclusive.
 */
public record SendWindowDeclaration(int fromDays, int toDays) {

  @Override
  public String toString() {
    return fromDays + " to " + toDays + " days after delivery";
  }
}
