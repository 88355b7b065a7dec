package dev.messagepolicy.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.rules.CatalogRule;
import dev.messagepolicy.engine.rules.RuleContext;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.rules.TemplateRule;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessageModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a template through parsing and every built-in rule, calling each rule directly so that a
 * rule's exception reaches the test (the engine would turn it into an "internal error" finding).
 * Rules added to {@link RuleRegistry#builtIn()} are covered without touching the tests.
 */
public final class EveryRule {

  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();
  private static final PolicyEngine ENGINE = new PolicyEngine(PolicyConfig.defaults(), REGISTRY);

  private EveryRule() {}

  /** Parses {@code source} and runs every template rule and every catalog rule on it. */
  public static List<Finding> check(TemplateSource source, TemplateLocator locator) {
    MessageModel model = ENGINE.parse(source, locator);
    List<Finding> findings = new ArrayList<>();
    for (TemplateRule rule : REGISTRY.templateRules()) {
      rule.check(model, new RuleContext(rule.descriptor(), PolicyConfig.defaults(), findings));
    }
    for (CatalogRule rule : REGISTRY.catalogRules()) {
      rule.check(List.of(source, source), new RuleContext(rule.descriptor(), PolicyConfig.defaults(), findings));
    }
    findings.forEach(EveryRule::assertWellFormed);
    // The engine's own path too: same rules, plus severities, suppressions and sorting.
    ENGINE.check(source, locator).findings().forEach(f ->
        assertTrue(!f.message().startsWith("internal error"), () -> "rule crashed: " + f));
    return findings;
  }

  /** A finding a user can act on: a real position and a message. */
  static void assertWellFormed(Finding finding) {
    assertTrue(finding.position().line() >= 1 && finding.position().column() >= 1,
        () -> "position must be 1-based: " + finding);
    assertTrue(!finding.message().isBlank(), () -> "finding without a message: " + finding);
  }
}
