package dev.messagepolicy.engine.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text with its origin: the file it stands in and where in that file it starts, so that every
 * character offset maps back to a line and column. Template files start at 1:1; text taken
 * from a Java annotation starts where the string literal's content starts.
 */
public final class SourceText {

  private final String file;
  private final String text;
  private final int firstLine;
  private final int firstColumn;
  private final int[] lineStarts;

  public SourceText(String file, String text, int firstLine, int firstColumn) {
    this.file = Objects.requireNonNull(file, "file");
    this.text = Objects.requireNonNull(text, "text");
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
    this.lineStarts = lineStarts(text);
  }

  /** Text of a whole file, starting at line 1, column 1. */
  public static SourceText ofFile(String file, String text) {
    return new SourceText(file, text, 1, 1);
  }

  public String file() {
    return file;
  }

  public String text() {
    return text;
  }

  public int firstLine() {
    return firstLine;
  }

  public int firstColumn() {
    return firstColumn;
  }

  /** The position of the character at {@code offset} (the end of the text maps to just after it). */
  public SourcePosition position(int offset) {
    int index = lineIndex(offset);
    int column = offset - lineStarts[index] + 1;
    if (index == 0) {
      column += firstColumn - 1;
    }
    return new SourcePosition(file, firstLine + index, column);
  }

  /** The text of the line that holds {@code offset}, without its line break. */
  public String lineAt(int offset) {
    int index = lineIndex(offset);
    int start = lineStarts[index];
    int end = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The offset where the {@code n}-th line of this text starts (1-based, counted within the
   * text, as a parser that sees only this text counts), clamped to the last line.
   */
  public int offsetOfLine(int n) {
    int index = Math.max(0, Math.min(n - 1, lineStarts.length - 1));
    return lineStarts[index];
  }

  /** The offset of the first character on the line of {@code offset} that is not blank. */
  public int firstNonBlankOnLine(int offset) {
    int start = lineStarts[lineIndex(offset)];
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i : start;
  }

  private int lineIndex(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : -found - 2;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  @Override
  public String toString() {
    return file + "@" + firstLine + ":" + firstColumn;
  }
}
