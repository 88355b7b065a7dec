package dev.messagepolicy.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mustache.java's own verdict, read through the validator's reader (marks, line numbers). */
class MustacheValidatorTest {

  @Test
  void acceptsWhatMustacheJavaCompiles() {
    String text = "Hallo {{buyerName}},\n{{#items}}- {{name}}\n{{/items}}\n{{! note }}{{=<% %>=}}<% orderId %>\n";
    assertEquals(Optional.empty(), MustacheValidator.validate(text, "ok.mustache", 6));
  }

  @Test
  void rejectsAMismatchedSectionOnTheLineMustacheJavaNames() {
    String text = "Hello {{buyerName}},\n\nyour order:\n{{#items}}{{name}}{{/products}}\n";
    Optional<MustacheValidator.Rejection> rejection = MustacheValidator.validate(text, "bad.mustache", 4);
    assertTrue(rejection.isPresent());
    assertEquals(4, rejection.get().line());
    assertTrue(rejection.get().message().contains("items"), rejection.get().message());
  }

  @Test
  void rejectsAnUnclosedTagAfterALongText() {
    String text = "Dear buyer,\n".repeat(300) + "{{#items}}\n";
    assertTrue(MustacheValidator.validate(text, "open.mustache", 1).isPresent());
  }
}
