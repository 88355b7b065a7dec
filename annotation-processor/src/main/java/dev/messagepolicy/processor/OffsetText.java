package dev.messagepolicy.processor;

import java.util.Arrays;

/**
 * Characters, each with the offset in the Java file where it is written: what a literal's value
 * is made of while {@link JavaLiteralMapper} decodes it, so that every character of the value
 * still knows where it came from after escapes, indentation stripping and concatenation.
 */
final class OffsetText {

  private final StringBuilder chars = new StringBuilder();
  private int[] offsets = new int[32];

  void append(char c, int offset) {
    if (chars.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[chars.length()] = offset;
    chars.append(c);
  }

  /** Appends characters {@code [from, to)} of {@code other}, keeping their offsets. */
  void append(OffsetText other, int from, int to) {
    for (int i = from; i < to; i++) {
      append(other.charAt(i), other.offsetAt(i));
    }
  }

  int length() {
    return chars.length();
  }

  char charAt(int index) {
    return chars.charAt(index);
  }

  int offsetAt(int index) {
    return offsets[index];
  }

  String text() {
    return chars.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
