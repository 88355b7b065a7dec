package dev.messagepolicy.engine.source;

import java.util.Arrays;

/**
 * Where the lines of a text start. {@code \n}, {@code \r\n} and a lone {@code \r} end a line, as
 * javac and {@link SourceText} count them. Shared by the engine's excerpts and the processor's
 * positions in Java files, which must agree on line numbers.
 */
public final class LineStarts {

  private LineStarts() {}

  /** The offsets where the lines of {@code text} start, the first being 0. */
  public static int[] of(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The index, from 0, of the line that holds {@code offset}, given the lines' {@code starts}. */
  public static int lineIndex(int[] starts, int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
