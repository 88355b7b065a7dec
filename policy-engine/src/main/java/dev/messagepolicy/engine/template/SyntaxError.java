package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;

/**
 * A template that cannot be read or parsed, and where.
 *
 * @param anchor the part of the declaration it concerns (subject, body, reason, …)
 * @param hint how to fix it, or where a missing file was looked for; empty for the default hint
 */
public record SyntaxError(String message, SourcePosition position, String sourceLine, Anchor anchor, String hint) {

  public SyntaxError {
    hint = hint == null ? "" : hint;
  }

  public SyntaxError(String message, SourcePosition position, String sourceLine, Anchor anchor) {
    this(message, position, sourceLine, anchor, "");
  }
}
