package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Broken templates give template-syntax findings at the right place, never an exception. */
class TemplateSyntaxRuleTest {

  private static final RuleTester SYNTAX = RuleTester.forRule("template-syntax");

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), RuleTester.describe(findings).toString());
    return findings.get(0);
  }

  @Test
  void unclosedSectionPointsAtItsOpeningTag() {
    Finding f = only(SYNTAX.findings("Hello\n{{#items}}\n  - {{name}}\n"));
    assertEquals(2, f.position().line());
    assertEquals(1, f.position().column());
    assertTrue(f.message().contains("'items' is never closed"), f.message());
  }

  @Test
  void mismatchedEndTagPointsAtTheEndTag() {
    Finding f = only(SYNTAX.findings("{{#items}}\nx {{/item}}\n"));
    assertEquals(2, f.position().line());
    assertEquals(3, f.position().column());
  }

  @Test
  void unclosedTagPointsAtItsOpening() {
    Finding f = only(SYNTAX.findings("Dear {{buyerName,\nthanks\n"));
    assertEquals(1, f.position().line());
    assertEquals(6, f.position().column());
  }

  @Test
  void brokenSetDelimiterTagIsReported() {
    Finding f = only(SYNTAX.findings("a\n{{=<% =}}\n"));
    assertEquals(2, f.position().line());
  }

  @Test
  void missingPartialPointsAtTheIncludingTag() {
    Finding f = only(SYNTAX.findings("Hello\n  {{> signature}}\n"));
    assertEquals(2, f.position().line());
    assertEquals(3, f.position().column());
    assertTrue(f.message().contains("signature.mustache"), f.message());
  }

  @Test
  void cycleOfPartialsIsReportedOnceAndEnds() {
    Finding f = only(SYNTAX.partials(Map.of("a.mustache", "A {{> b}}", "b.mustache", "B\n{{> a}}"))
        .findings("start {{> a}}"));
    assertEquals("b.mustache", f.position().file());
    assertEquals(2, f.position().line());
    assertTrue(f.message().contains("a.mustache > b.mustache > a.mustache"), f.message());
  }

  @Test
  void recursionInsideASectionIsLegal() {
    SYNTAX.partials(Map.of("node.mustache", "{{name}}{{#children}}{{> node}}{{/children}}")).expectNone("{{> node}}");
  }

  @Test
  void frontMatterErrorsPointAtTheirValue() {
    List<Finding> findings = SYNTAX.findings("""
        ---
        reason: SHIPPING_NOTICE
        critical: maybe
        colour: red
        ---
        Body
        """);
    assertEquals(List.of("t.mustache:2:9", "t.mustache:3:11", "t.mustache:4:1"),
        findings.stream().map(f -> f.position().toString()).toList());
  }

  @Test
  void unterminatedFrontMatterIsReported() {
    Finding f = only(SYNTAX.findings("---\nreason: ORDER_DETAILS\nHello\n"));
    assertEquals(1, f.position().line());
  }

  @Test
  void deeplyNestedSectionsDoNotCrash() {
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      template.append("{{#s").append(i).append("}}");
    }
    List<Finding> findings = SYNTAX.findings(template.toString());
    assertEquals(10_000, findings.size());
  }
}
