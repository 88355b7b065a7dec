package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.SourceText;

/**
 * Message parts made from text that is already rendered: no Mustache parsing, because a value
 * filled in at run time may itself contain {@code {{}} and must be read as the buyer sees it.
 * Every character is static text, positioned by line and column in the rendered text.
 */
public final class RenderedText {

  private RenderedText() {}

  /**
   * A subject or body whose skeleton is {@code text} verbatim.
   *
   * @param name what findings name as the file, for instance {@code EngravingQuestion (rendered body)}
   */
  public static MessagePart part(MessagePart.Kind kind, String name, String text) {
    SourceText source = SourceText.ofFile(name, text);
    MessagePart.Builder builder = new MessagePart.Builder(kind);
    builder.text(source, 0, text.length());
    return builder.build(source);
  }
}
