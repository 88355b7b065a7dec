package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baseline matching by rule, template and excerpt with counts, and its file format. */
class BaselineTest {

  private static Finding finding(String rule, String template, int line, String excerpt) {
    return new Finding(rule, Severity.ERROR, template, new SourcePosition(template, line, 3), Anchor.TEMPLATE,
        "message", excerpt, "", "");
  }

  @Test
  void movedFindingStaysAcceptedBecauseLinesAreNotMatched() {
    Baseline baseline = Baseline.of(List.of(finding("no-links", "a.mustache", 4, "www.x.de")));

    Baseline.Comparison comparison = baseline.compare(List.of(finding("no-links", "a.mustache", 9, "www.x.de")));

    assertEquals(1, comparison.accepted().size());
    assertTrue(comparison.fresh().isEmpty());
    assertTrue(comparison.stale().isEmpty());
  }

  @Test
  void secondEqualFindingIsNewBecauseDuplicatesAreCounted() {
    Baseline baseline = Baseline.of(List.of(finding("no-links", "a.mustache", 4, "www.x.de")));

    Baseline.Comparison comparison = baseline.compare(List.of(
        finding("no-links", "a.mustache", 4, "www.x.de"), finding("no-links", "a.mustache", 7, "www.x.de")));

    assertEquals(1, comparison.accepted().size());
    assertEquals(7, comparison.fresh().get(0).position().line());
  }

  @Test
  void otherExcerptOrTemplateOrRuleIsNew() {
    Baseline baseline = Baseline.of(List.of(finding("no-links", "a.mustache", 4, "www.x.de")));

    Baseline.Comparison comparison = baseline.compare(List.of(
        finding("no-links", "a.mustache", 4, "www.y.de"),
        finding("no-links", "b.mustache", 4, "www.x.de"),
        finding("no-promotions", "a.mustache", 4, "www.x.de")));

    assertEquals(3, comparison.fresh().size());
    assertEquals(List.of(new Baseline.Stale(new Baseline.Key("no-links", "a.mustache", "www.x.de"), 1)),
        comparison.stale());
  }

  @Test
  void fixedFindingsAreStaleWithTheirCount() {
    Baseline baseline = Baseline.of(List.of(
        finding("no-links", "a.mustache", 4, "www.x.de"), finding("no-links", "a.mustache", 5, "www.x.de")));

    Baseline.Comparison comparison = baseline.compare(List.of());

    assertEquals(List.of(new Baseline.Stale(new Baseline.Key("no-links", "a.mustache", "www.x.de"), 2)),
        comparison.stale());
  }

  @Test
  void fileIsSortedWithoutLinesAndReadsBack() throws IOException {
    Baseline baseline = Baseline.of(List.of(
        finding("no-promotions", "b.mustache", 2, "20% off"),
        finding("no-links", "a.mustache", 4, "www.x.de"),
        finding("no-links", "a.mustache", 8, "www.x.de")));

    String text = baseline.render();

    assertEquals("""
        {
          "schemaVersion" : 1,
          "findings" : [
            {
              "rule" : "no-links",
              "template" : "a.mustache",
              "excerpt" : "www.x.de",
              "count" : 2
            },
            {
              "rule" : "no-promotions",
              "template" : "b.mustache",
              "excerpt" : "20% off",
              "count" : 1
            }
          ]
        }
        """, text);
    assertEquals(baseline.counts(), Baseline.parse(text).counts());
  }

  @Test
  void malformedFileIsAnErrorWithTheReason() {
    IOException wrongSchema = assertThrows(IOException.class, () -> Baseline.parse("{\"findings\": []}"));
    assertTrue(wrongSchema.getMessage().contains("schemaVersion"), wrongSchema.getMessage());
    IOException noRule = assertThrows(IOException.class,
        () -> Baseline.parse("{\"schemaVersion\": 1, \"findings\": [{\"template\": \"a\"}]}"));
    assertTrue(noRule.getMessage().contains("entry 0"), noRule.getMessage());
  }
}
