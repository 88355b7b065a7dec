package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.SourcePosition;

/**
 * A Mustache tag as written.
 *
 * @param kind what the tag does
 * @param name the trimmed name ({@code orderId}, {@code items}, {@code footer}); for a comment
 *     its text
 * @param position where the tag's opening delimiter stands
 * @param source the tag exactly as written, delimiters included
 * @param sourceLine the line of the file that holds the tag, for a caret excerpt; may be empty
 */
public record Tag(TagKind kind, String name, SourcePosition position, String source, String sourceLine) {

  public Tag {
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  /** A tag whose source line is not known. */
  public Tag(TagKind kind, String name, SourcePosition position, String source) {
    this(kind, name, position, source, "");
  }
}
