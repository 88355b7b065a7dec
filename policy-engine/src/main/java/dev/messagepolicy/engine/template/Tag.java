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
 */
public record Tag(TagKind kind, String name, SourcePosition position, String source) {}
