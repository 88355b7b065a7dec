package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the report writers need besides the {@link Report}: the rules that were run (for the
 * SARIF rules table and the documentation links) and the project's files (for context lines).
 *
 * @param rules the descriptors of the rules in the registry, as {@code RuleRegistry.descriptors()}
 * @param sourceLines the lines of the project's files, for the text around a finding
 */
public record ReportContext(List<RuleDescriptor> rules, SourceLines sourceLines) {

  public ReportContext {
    rules = rules.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    Objects.requireNonNull(sourceLines, "sourceLines");
  }

  /** The descriptor of a rule, if the registry knows it. */
  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
