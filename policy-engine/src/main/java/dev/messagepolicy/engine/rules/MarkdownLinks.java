package dev.messagepolicy.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown links and images, {@code [text](target)} and {@code ![alt](target)}: the ranges of
 * their targets. Many mail clients do not render Markdown, but the target is a link either way.
 */
final class MarkdownLinks {

  private MarkdownLinks() {}

  static List<int[]> targets(String text) {
    List<int[]> result = new ArrayList<>();
    boolean bracketOpen = false;
    for (int at = 0; at + 1 < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '[') {
        bracketOpen = true;
      }
      if (c != ']' || text.charAt(at + 1) != '(' || !bracketOpen) {
        continue;
      }
      int start = at + 2;
      int end = start;
      while (end < text.length() && text.charAt(end) != ')' && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end < text.length() && text.charAt(end) == ')' && end > start && text.charAt(start) != '#') {
        result.add(new int[] {start, end});
      }
      at = end - 1;
    }
    return result;
  }
}
