package dev.messagepolicy.engine.template;

import java.util.List;

/** A parsed subject or body, and what was wrong with it. */
public record ParsedPart(MessagePart part, List<SyntaxError> errors) {

  public ParsedPart {
    errors = List.copyOf(errors);
  }
}
