package dev.messagepolicy.engine.finding;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/**
 * One rule broken at one place.
 *
 * @param rule the rule id, for instance {@code no-links}
 * @param templateId the template the finding belongs to
 * @param position file, line and column of the offending text or declaration
 * @param anchor which part of the declaration the finding is about (for javac diagnostics)
 * @param message what is wrong, in one sentence
 * @param excerpt the offending text as written
 * @param hint how to fix it
 * @param sourceLine the source line that holds {@code position}, for a caret excerpt; may be empty
 */
public record Finding(
    String rule,
    Severity severity,
    String templateId,
    SourcePosition position,
    Anchor anchor,
    String message,
    String excerpt,
    String hint,
    String sourceLine) implements Comparable<Finding> {

  /** Report order: file, line, column, rule, then the rest so that the order is total. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::position)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::templateId)
          .thenComparing(Finding::message)
          .thenComparing(Finding::excerpt);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(message, "message");
    excerpt = excerpt == null ? "" : excerpt;
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, templateId, position, anchor, message, excerpt, hint, sourceLine);
  }

  /** {@code [rule] message}: the text every adapter shows first. */
  public String headline() {
    return "[" + rule + "] " + message;
  }

  /**
   * The source line with a caret under the column, javac style, or the empty string when the
   * line is not known.
   */
  public String caretExcerpt() {
    if (sourceLine.isEmpty()) {
      return "";
    }
    StringBuilder caret = new StringBuilder();
    int column = Math.max(1, position.column());
    for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
      caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sourceLine + "\n" + caret + "^";
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
