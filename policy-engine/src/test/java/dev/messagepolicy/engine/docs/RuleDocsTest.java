package dev.messagepolicy.engine.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDocsTest {

  private static Path rulesFolder() {
    return Path.of(System.getProperty("docs.dir", "../docs")).resolve("rules");
  }

  @Test
  void docsRulesIsUpToDateWithTheRuleMetadata() throws IOException {
    Map<String, String> pages = new RuleDocs().render(RuleRegistry.builtIn().descriptors());
    Path folder = rulesFolder();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = folder.resolve(page.getKey());
      if (!Files.isRegularFile(file)) {
        stale.add(page.getKey() + " (missing)");
      } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        stale.add(page.getKey() + " (differs)");
      }
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md") && !pages.containsKey(n)).sorted()
            .forEach(n -> stale.add(n + " (no such rule)"));
      }
    }
    assertTrue(stale.isEmpty(), "docs/rules is stale: " + String.join(", ", stale)
        + ". Regenerate it from the repository root with:\n  " + RuleDocs.COMMAND + "\nand commit docs/rules.");
  }

  @Test
  void everyBuiltInRuleHasAPageAndAnIndexRow() {
    Map<String, String> pages = new RuleDocs().render(RuleRegistry.builtIn().descriptors());
    for (RuleDescriptor rule : RuleRegistry.builtIn().descriptors()) {
      String page = pages.get(rule.id() + ".md");
      assertTrue(page.contains("# " + rule.id() + "\n"), rule.id());
      assertTrue(page.contains(rule.guideline().strip()), rule.id() + " page states its guideline");
      assertTrue(pages.get("README.md").contains("| [`" + rule.id() + "`](" + rule.id() + ".md) |"), rule.id());
    }
  }

  @Test
  void aRuleWithoutSideFileGetsAPageFromItsMetadataAlone() {
    RuleDescriptor rule = new RuleDescriptor("made-up-rule", "Something a new rule catches.", Severity.WARNING,
        "The guideline it enforces.");
    String page = new RuleDocs().render(List.of(rule)).get("made-up-rule.md");
    assertTrue(page.contains("**Something a new rule catches.**"), page);
    assertTrue(page.contains("| default severity | `WARNING` |"), page);
    assertTrue(page.contains("The guideline it enforces."), page);
    assertTrue(page.contains("No examples are written for this rule yet"), page);
    assertTrue(page.contains("dev/messagepolicy/engine/rules/docs/made-up-rule.md"), page);
    assertTrue(page.contains("@SuppressPolicy(value = \"made-up-rule\""), page);
    assertFalse(page.contains("{{"), "every Mustache tag was rendered");
  }

  @Test
  void aSideFileBringsItsExamplesIntoThePage() {
    RuleDescriptor noLinks = RuleRegistry.builtIn().byId("no-links").orElseThrow().descriptor();
    String page = new RuleDocs().render(List.of(noLinks)).get("no-links.md");
    assertTrue(page.contains("## Failing example"), page);
    assertTrue(page.contains("## Passing example"), page);
    assertFalse(page.contains("No examples are written"), page);
  }

  @Test
  void rulesThatTheDocsCallUnsuppressibleCannotBeSuppressed() {
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    String template = """
        ---
        reason: ORDER_DETAILS
        suppress: template-syntax, suppression-justification
        ---
        Hello {{#open
        """;
    List<Finding> findings = engine.check(TemplateFiles.read("t.mustache", "t.mustache", template, Marketplace.US),
        TemplateLocator.none()).findings();
    for (String rule : RuleDocs.UNSUPPRESSIBLE) {
      assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule)), rule + " fires despite the suppression: "
          + findings);
    }
  }

  @Test
  void generatorWritesThePagesAndRemovesThoseOfGoneRules(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("retired-rule.md"), "old");
    Files.writeString(dir.resolve("notes.txt"), "kept");
    List<String> changed = RuleDocsGenerator.generate(dir);
    assertTrue(changed.contains("retired-rule.md (removed)"), changed.toString());
    assertTrue(Files.isRegularFile(dir.resolve("no-links.md")));
    assertTrue(Files.isRegularFile(dir.resolve("README.md")));
    assertTrue(Files.isRegularFile(dir.resolve("notes.txt")));
    assertEquals(List.of(), RuleDocsGenerator.generate(dir), "a second run changes nothing");
  }
}
