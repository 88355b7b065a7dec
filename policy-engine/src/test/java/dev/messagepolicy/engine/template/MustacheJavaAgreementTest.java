package dev.messagepolicy.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cross-check with Mustache.java is skipped only where Mustache.java accepts the text. */
class MustacheJavaAgreementTest {

  /**
   * Whole tags and loose pieces of them, which make the tokenizer and Mustache.java disagree when
   * put together carelessly.
   */
  private static final List<String> PIECES = List.of("{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{ #a}}", "{{/a }}",
      "{{ /a}}", "{{# a\t}}", "{{/\u2003a}}", "{{#a\u0001}}", "{{?a}}", "{{<a}}", "{{$a}}", "{{{v}}}", "{{{v}}",
      "{{v}}", "{{ v }}", "{{!c}}", "{{> p}}", "{{&v}}", "{{%p}}", "{{=<% %>=}}", "<%#a%>", "<%/a%>", "{{", "}}", "}}}",
      "{{{", "{", "}", "#a", "/a", " ", "\n", "\r\n", "\u2003", "!", "=", "<%", "%>", "x");

  @Test
  void mustacheJavaAcceptsEveryRandomTextTheShortcutCertifies() {
    Random random = new Random(20261123);
    int certified = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      if (certifies(text.toString())) {
        certified++;
        assertEquals(Optional.empty(), validate(text.toString()), () -> "certified, but rejected: " + text);
      }
    }
    assertTrue(certified > 10_000, "the random texts should exercise the shortcut, certified " + certified);
  }

  @Test
  void certifiesOrdinaryTemplates() {
    assertTrue(certifies("Hallo {{buyerName}},\n{{#items}}- {{ name }} {{{raw}}}\n{{/items}}{{^none}}x{{/none}}"
        + "{{! note }}{{> footer}}{{& amp}}"));
  }

  @Test
  void compilesTagsThatMustacheJavaReadsDifferently() {
    assertFalse(certifies("{{ #a}}x{{/a}}"), "a variable to Mustache.java");
    assertFalse(certifies("{{#a}}x{{ /a}}"), "a variable to Mustache.java");
    assertFalse(certifies("{{#a\u2003}}x{{/a}}"), "trim() keeps the em space, strip() drops it");
    assertFalse(certifies("{{{a}}b}}}"), "Mustache.java ends the tag at the first }}");
    assertFalse(certifies("{{?a}}"), "a section to Mustache.java");
    assertFalse(certifies("{{=<%% %%>=}}"), "delimiters Mustache.java rejects");
    assertFalse(certifies("{{<parent}}{{$block}}x{{/block}}{{/parent}}"), "inheritance is left to Mustache.java");
    assertTrue(validate("{{ #a}}x{{/a}}").isPresent());
    assertTrue(validate("{{?a}}").isPresent());
    assertTrue(validate("{{{a}}b}}}").isPresent());
  }

  @Test
  void compilesDeepNesting() {
    int depth = MustacheJavaAgreement.MAX_CERTAIN_DEPTH;
    assertTrue(certifies("{{#s}}".repeat(depth) + "{{/s}}".repeat(depth)));
    assertFalse(certifies("{{#s}}".repeat(depth + 1) + "{{/s}}".repeat(depth + 1)));
  }

  private static boolean certifies(String text) {
    MustacheTokenizer.Result result = MustacheTokenizer.tokenize(text);
    return result.problems().isEmpty() && MustacheJavaAgreement.certain(text, result.tokens());
  }

  private static Optional<MustacheValidator.Rejection> validate(String text) {
    return MustacheValidator.validate(text, "t.mustache", MustacheTokenizer.tokenize(text).tagCount());
  }
}
