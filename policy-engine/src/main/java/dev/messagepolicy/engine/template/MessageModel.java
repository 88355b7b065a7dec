package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed template: where it came from, what it declares, its subject and body as the rules
 * read them, and the syntax errors met on the way.
 *
 * @param subject the parsed subject, or {@code null} when the template declares none
 * @param body the parsed body, or {@code null} when it could not be loaded
 */
public record MessageModel(
    TemplateSource source, MessagePart subject, MessagePart body, List<SyntaxError> syntaxErrors) {

  public MessageModel {
    syntaxErrors = List.copyOf(syntaxErrors);
  }

  public String id() {
    return source.id();
  }

  public TemplateMetadata metadata() {
    return source.metadata();
  }

  public Optional<MessagePart> subjectPart() {
    return Optional.ofNullable(subject);
  }

  public Optional<MessagePart> bodyPart() {
    return Optional.ofNullable(body);
  }

  /** The subject and the body, those that exist. */
  public List<MessagePart> parts() {
    return Stream.of(subject, body).filter(p -> p != null).toList();
  }
}
