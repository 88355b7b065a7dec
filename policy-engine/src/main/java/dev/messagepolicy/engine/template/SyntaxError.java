package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;

/**
 * A template that cannot be read or parsed, and where.
 *
 * @param anchor the part of the declaration it concerns (subject, body, reason, …)
 */
public record SyntaxError(String message, SourcePosition position, String sourceLine, Anchor anchor) {}
