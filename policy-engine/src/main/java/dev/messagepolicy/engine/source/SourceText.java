package dev.messagepolicy.engine.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Text with its origin: the file it stands in and where each character of it stands in that
 * file, so that every offset maps back to a line and column.
 *
 * <p>The mapping is a list of {@link Segment}s: from a segment's start on, characters follow one
 * another on one source line. A template file is one segment per line. Text taken from Java
 * source is where escapes ({@code \n}, {@code \u00e9}), text-block indentation, line
 * continuations and concatenation make the value differ from what is written: the adapter that
 * reads the literal gives one segment per run of characters written as they are, so positions
 * stay exact there too.
 */
public final class SourceText {

  /**
   * From {@code textStart} on (until the next segment), text character {@code textStart + k}
   * stands at {@code line}, {@code column + k}.
   */
  public record Segment(int textStart, int line, int column) {}

  private final String file;
  private final String text;
  private final int[] starts;
  private final int[] lines;
  private final int[] columns;
  private final Map<Integer, String> sourceLines;

  /** Text that starts at {@code firstLine}:{@code firstColumn} and is written as it is. */
  public SourceText(String file, String text, int firstLine, int firstColumn) {
    this(file, text, contiguous(text, firstLine, firstColumn), Map.of());
  }

  private SourceText(String file, String text, List<Segment> segments, Map<Integer, String> sourceLines) {
    this.file = Objects.requireNonNull(file, "file");
    this.text = Objects.requireNonNull(text, "text");
    List<Segment> sorted = segments.isEmpty() ? List.of(new Segment(0, 1, 1)) : segments;
    this.starts = new int[sorted.size()];
    this.lines = new int[sorted.size()];
    this.columns = new int[sorted.size()];
    int previous = -1;
    for (int i = 0; i < sorted.size(); i++) {
      Segment segment = sorted.get(i);
      if (segment.textStart() < previous || (i == 0 && segment.textStart() != 0)) {
        throw new IllegalArgumentException("segments must start at 0 and ascend: " + sorted);
      }
      previous = segment.textStart();
      starts[i] = segment.textStart();
      lines[i] = segment.line();
      columns[i] = segment.column();
    }
    this.sourceLines = Map.copyOf(new TreeMap<>(sourceLines));
  }

  /** Text of a whole file, starting at line 1, column 1. */
  public static SourceText ofFile(String file, String text) {
    return new SourceText(file, text, 1, 1);
  }

  /**
   * Text whose characters stand where {@code segments} say, with the source lines they stand on
   * (for caret excerpts; lines not given are taken from the text itself).
   */
  public static SourceText mapped(String file, String text, List<Segment> segments, Map<Integer, String> sourceLines) {
    return new SourceText(file, text, segments, sourceLines);
  }

  public String file() {
    return file;
  }

  public String text() {
    return text;
  }

  public int firstLine() {
    return lines[0];
  }

  public int firstColumn() {
    return columns[0];
  }

  public List<Segment> segments() {
    List<Segment> result = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      result.add(new Segment(starts[i], lines[i], columns[i]));
    }
    return result;
  }

  /** The source lines given by the adapter, by line number (empty for template files). */
  public Map<Integer, String> sourceLines() {
    return sourceLines;
  }

  /** The position of the character at {@code offset} (the end of the text maps to just after it). */
  public SourcePosition position(int offset) {
    checkOffset(offset);
    int index = segmentIndex(offset);
    return new SourcePosition(file, lines[index], columns[index] + (offset - starts[index]));
  }

  /** The source line that holds {@code offset}, without its line break. */
  public String lineAt(int offset) {
    checkOffset(offset);
    String given = sourceLines.get(lines[segmentIndex(offset)]);
    if (given != null) {
      return given;
    }
    int start = offset;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  /**
   * The offset where the {@code n}-th line of this text starts (1-based, counted within the
   * text, as a parser that sees only this text counts), clamped to the last line.
   */
  public int offsetOfLine(int n) {
    int line = 1;
    int i = 0;
    while (line < n && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i == text.length() || text.charAt(i) != '\n'))) {
        line++;
      }
    }
    return i;
  }

  /** The offset of the first character on the line of {@code offset} that is not blank. */
  public int firstNonBlankOnLine(int offset) {
    int start = offset;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i : start;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
  }

  private int segmentIndex(int offset) {
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
    return low;
  }

  /** One segment per line: \n, \r\n and a lone \r end a line. */
  private static List<Segment> contiguous(String text, int firstLine, int firstColumn) {
    List<Segment> segments = new ArrayList<>();
    segments.add(new Segment(0, firstLine, firstColumn));
    int line = firstLine;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        segments.add(new Segment(i + 1, ++line, 1));
      }
    }
    return segments;
  }

  @Override
  public String toString() {
    return file + "@" + firstLine() + ":" + firstColumn();
  }
}
