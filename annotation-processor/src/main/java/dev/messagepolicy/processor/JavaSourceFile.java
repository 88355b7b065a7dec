package dev.messagepolicy.processor;

import com.sun.source.tree.LineMap;
import dev.messagepolicy.engine.source.SourcePosition;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Java file that declares a template: its name in findings, its project base, and, when
 * javac's tree API is available, its text, so that offsets map to lines and columns. Columns
 * count characters (a tab is one column), as the engine's positions in template files do.
 */
final class JavaSourceFile {

  private final String name;
  private final Optional<Path> projectBase;
  private final CharSequence content;
  private final LineMap lines;
  private LineIndex lineIndex;

  JavaSourceFile(String name, Optional<Path> projectBase, CharSequence content, LineMap lines) {
    this.name = name;
    this.projectBase = projectBase;
    this.content = content;
    this.lines = lines;
  }

  /** A file whose text is not available (another compiler than javac): every position is 1:1. */
  static JavaSourceFile withoutText(String name, Optional<Path> projectBase) {
    return new JavaSourceFile(name, projectBase, "", null);
  }

  String name() {
    return name;
  }

  Optional<Path> projectBase() {
    return projectBase;
  }

  boolean hasText() {
    return lines != null;
  }

  CharSequence content() {
    return content;
  }

  /** The file's lines for mapping literals, built on first use and then shared by every template of the file. */
  LineIndex lineIndex() {
    if (lineIndex == null) {
      lineIndex = new LineIndex(content);
    }
    return lineIndex;
  }

  /** The position of the character at {@code offset}, or 1:1 when it is not known. */
  SourcePosition position(long offset) {
    if (lines == null || offset < 0 || offset > content.length()) {
      return new SourcePosition(name, 1, 1);
    }
    long line = lines.getLineNumber(offset);
    return new SourcePosition(name, (int) line, (int) (offset - lines.getStartPosition(line)) + 1);
  }

  /** The text of line {@code number} (1-based) without its line break, or {@code ""}. */
  String line(int number) {
    if (lines == null || number < 1) {
      return "";
    }
    try {
      int start = (int) lines.getStartPosition(number);
      if (start < 0 || start > content.length()) {
        return "";
      }
      int end = start;
      while (end < content.length() && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
        end++;
      }
      return content.subSequence(start, end).toString();
    } catch (RuntimeException e) {
      return ""; // a line number past the end
    }
  }
}
