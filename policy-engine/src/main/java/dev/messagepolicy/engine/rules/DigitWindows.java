package dev.messagepolicy.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a text where a phone number could be, so that libphonenumber, whose matcher
 * runs a large regular expression from every position, reads a few short windows instead of the
 * whole message: digits closer than {@link #MAX_GAP} characters form one cluster, a cluster of
 * fewer than {@link #MIN_DIGITS} digits is no number in any region we check, and each window
 * keeps {@link #CONTEXT} characters on both sides, enough for a {@code +}, an opening bracket and
 * the neighbouring character libphonenumber looks at to reject numbers glued to words.
 */
final class DigitWindows {

  /** The fewest digits of a valid number in the marketplaces' regions (short codes excluded). */
  static final int MIN_DIGITS = 5;
  /** The widest separator inside one number: {@code " / "}, {@code ") - "}, {@code " ext. "}. */
  static final int MAX_GAP = 6;
  static final int CONTEXT = 8;

  private DigitWindows() {}

  /** Half-open, ordered, non-overlapping windows of {@code text} that may hold a number. */
  static List<int[]> of(String text) {
    List<int[]> windows = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int count = 0;
      while (i < text.length() && i - last <= MAX_GAP) {
        if (isDigit(text.charAt(i))) {
          last = i;
          count++;
        }
        i++;
      }
      i = last + 1;
      if (count >= MIN_DIGITS) {
        int start = Math.max(0, first - CONTEXT);
        int end = Math.min(text.length(), last + 1 + CONTEXT);
        if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= start) {
          windows.get(windows.size() - 1)[1] = end;
        } else {
          windows.add(new int[] {start, end});
        }
      }
    }
    return windows;
  }

  /** {@link Character#isDigit(char)}, with ASCII decided without its table lookup (most characters). */
  private static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }
}
