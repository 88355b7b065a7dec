package dev.messagepolicy.processor;

import dev.messagepolicy.engine.source.LineStarts;

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
    this.starts = LineStarts.of(source);
  }

  CharSequence source() {
    return source;
  }

  int lineOf(int offset) {
    return LineStarts.lineIndex(starts, offset) + 1;
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
