package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs one rule over a template file written inline, Error Prone style: a Mustache comment line
 * {@code {{! BUG: <rule-id> }}} marks that the rule must report on the next line, and nothing
 * else may be reported.
 */
final class RuleTester {

  private static final String MARKER = "{{! BUG: ";

  private final String ruleId;
  private PolicyConfig config = PolicyConfig.defaults();
  private Map<String, String> partials = Map.of();

  private RuleTester(String ruleId) {
    this.ruleId = ruleId;
  }

  static RuleTester forRule(String ruleId) {
    return new RuleTester(ruleId);
  }

  RuleTester config(PolicyConfig newConfig) {
    this.config = newConfig;
    return this;
  }

  RuleTester partials(Map<String, String> files) {
    this.partials = files;
    return this;
  }

  /** The rule's findings on the template file {@code content} (id {@code t.mustache}). */
  List<Finding> findings(String content) {
    TemplateSource source = TemplateFiles.read("t.mustache", "t.mustache", content, Marketplace.DE);
    TemplateLocator locator = path -> partials.containsKey(path)
        ? new TemplateLocator.Found(SourceText.ofFile(path, partials.get(path)))
        : new TemplateLocator.Missing("test partials");
    return new PolicyEngine(config, RuleRegistry.builtIn()).check(source, locator).findings().stream()
        .filter(f -> f.rule().equals(ruleId)).toList();
  }

  /** Asserts that the rule reports exactly on the lines after the markers, and nowhere else. */
  List<Finding> expectMarked(String content) {
    Set<Integer> expected = new TreeSet<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith(MARKER + ruleId + " ")) {
        expected.add(i + 2);
      }
    }
    List<Finding> findings = findings(content);
    Set<Integer> actual = new TreeSet<>();
    findings.forEach(f -> actual.add(f.position().line()));
    assertEquals(expected, actual, "lines with [" + ruleId + "] findings: " + describe(findings));
    return findings;
  }

  /** Asserts that the rule reports nothing. */
  void expectNone(String content) {
    List<Finding> findings = findings(content);
    assertEquals(List.of(), describe(findings), "no [" + ruleId + "] finding expected");
  }

  static List<String> describe(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.position() + " " + f.headline() + " «" + f.excerpt() + "»"));
    return out;
  }
}
