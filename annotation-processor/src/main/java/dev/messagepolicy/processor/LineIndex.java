package dev.messagepolicy.processor;

import java.util.Arrays;

/**
 * Lines of a Java file as javac numbers them ({@code \n}, {@code \r\n} and a lone {@code \r}
 * end a line); columns count characters, a tab being one, as {@link JavaSourceFile} does.
 * Built once per file ({@link JavaSourceFile#lineIndex()}), not once per literal.
 */
final class LineIndex {

  private final CharSequence source;
  private final int[] starts;

  LineIndex(CharSequence source) {
    this.source = source;
    int[] found = new int[16];
    int count = 1; // line 1 starts at 0
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, count);
  }

  CharSequence source() {
    return source;
  }

  int lineOf(int offset) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  int columnOf(int offset) {
    return offset - starts[lineOf(offset) - 1] + 1;
  }

  String text(int line) {
    int start = starts[line - 1];
    int end = start;
    while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
      end++;
    }
    return source.subSequence(start, end).toString();
  }
}
