package dev.messagepolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {

  private final PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());

  private List<Finding> check(String content) {
    TemplateSource source = TemplateFiles.read("t.mustache", "t.mustache", content, Marketplace.DE);
    return engine.check(source, TemplateLocator.none()).findings();
  }

  @Test
  void linkSplitByVariableIsFoundAtItsColumn() {
    List<Finding> findings = check("---\nreason: ORDER_DETAILS\nsubject: \"Order {{orderId}}\"\n---\nHallo,\nsee www.{{shop}}.de now\n");
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals("no-links", f.rule());
    assertEquals(6, f.position().line());
    assertEquals(5, f.position().column());
    assertEquals("www.{{shop}}.de", f.excerpt());
  }

  @Test
  void unclosedSectionIsReportedAtItsTag() {
    List<Finding> findings = check("Hi\n  {{#items}}x\n");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("template-syntax", findings.get(0).rule());
    assertEquals(2, findings.get(0).position().line());
    assertEquals(3, findings.get(0).position().column());
  }

  @Test
  void subjectPositionsCountFromTheValue() {
    List<Finding> findings = check("---\nreason: PRODUCT_CUSTOMIZATION\ncritical: true\nsubject: \"Engraving for {{orderId}}\"\n---\nBody\n");
    assertTrue(findings.stream().anyMatch(f -> f.rule().equals("critical-subject-tag")
        && f.position().line() == 4 && f.position().column() == 11), findings.toString());
  }

  @Test
  void sourceTextMapsOffsetsAfterFirstColumn() {
    SourceText text = new SourceText("A.java", "ab\ncd", 10, 20);
    assertEquals(20, text.position(0).column());
    assertEquals(11, text.position(3).line());
    assertEquals(1, text.position(3).column());
  }
}
