package dev.messagepolicy.engine.text;

/**
 * A word, number or punctuation mark of a text, lowercased, with its half-open range in the text.
 */
public record Token(String text, int start, int end) {

  public boolean isNumber() {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  /** Letters and digits mixed, as in a discount code ({@code thankyou10}). */
  public boolean isCode() {
    return text.chars().anyMatch(Character::isLetter) && text.chars().anyMatch(Character::isDigit);
  }
}
