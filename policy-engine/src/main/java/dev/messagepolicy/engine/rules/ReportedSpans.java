package dev.messagepolicy.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The skeleton ranges a rule has already reported in one part, so that a link, address or
 * number found by two detectors (an HTML {@code href} and the text, say) is reported once.
 */
final class ReportedSpans {

  private final List<int[]> spans = new ArrayList<>();

  /** Claims {@code [start, end)}; false when it overlaps a range already claimed. */
  boolean claim(int start, int end) {
    for (int[] span : spans) {
      if (start < span[1] && span[0] < end) {
        return false;
      }
    }
    spans.add(new int[] {start, end});
    return true;
  }
}
