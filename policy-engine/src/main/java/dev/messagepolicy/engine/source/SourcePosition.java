package dev.messagepolicy.engine.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a file: the path relative to the project base directory (with {@code /}), and a
 * 1-based line and column.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing(SourcePosition::file).thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
