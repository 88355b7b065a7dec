package dev.messagepolicy.maven;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.FailOnSeverity;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.report.ReportFormat;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the mojo's string parameters into the engine's {@link PolicyConfig}. Every value a user
 * can mistype is checked here, so that a typo is a clear build error instead of a rule that
 * silently never fires.
 */
final class CheckSettings {

  private CheckSettings() {}

  static PolicyConfig policyConfig(String marketplace, String rules, String allowedLinkDomains, RuleRegistry registry)
      throws MojoExecutionException {
    return new PolicyConfig(marketplace(marketplace), ruleSeverities(rules, registry), Set.copyOf(list(allowedLinkDomains)));
  }

  /** The {@code maxTemplateBytes} setting in bytes; 0 (the default) when not given. */
  static long templateLimit(String value) throws MojoExecutionException {
    try {
      return PolicyConfig.parseBytes(value);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("message-policy.maxTemplateBytes: " + e.getMessage());
    }
  }

  static FailOnSeverity failOnSeverity(String value) throws MojoExecutionException {
    return FailOnSeverity.parse(value).orElseThrow(() -> new MojoExecutionException(
        "message-policy.failOnSeverity is '" + value + "'; expected ERROR, WARNING or NONE"));
  }

  /** The marketplace of templates that name none; {@code null} keeps the engine's default. */
  static Marketplace marketplace(String value) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (Marketplace marketplace : Marketplace.values()) {
      if (marketplace != Marketplace.BUILD_DEFAULT && marketplace.name().equals(name)) {
        return marketplace;
      }
    }
    throw new MojoExecutionException("message-policy.marketplace is '" + value + "'; expected one of "
        + Arrays.stream(Marketplace.values()).filter(m -> m != Marketplace.BUILD_DEFAULT)
            .map(Marketplace::name).collect(Collectors.joining(", ")));
  }

  static Map<String, Optional<Severity>> ruleSeverities(String value, RuleRegistry registry)
      throws MojoExecutionException {
    Map<String, Optional<Severity>> severities;
    try {
      severities = PolicyConfig.parseRuleSeverities(value);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("message-policy.rules: " + e.getMessage());
    }
    for (String rule : severities.keySet()) {
      if (registry.byId(rule).isEmpty()) {
        throw new MojoExecutionException("message-policy.rules names unknown rule '" + rule + "'; known rules: "
            + registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining(", ")));
      }
    }
    return severities;
  }

  /** The report formats a {@code formats} setting names; an unknown one is a build error listing the valid ones. */
  static Set<ReportFormat> formats(String value) throws MojoExecutionException {
    try {
      return ReportFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("message-policy.formats: " + e.getMessage());
    }
  }

  /** A comma-separated setting as a list of its non-blank, trimmed entries. */
  static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
