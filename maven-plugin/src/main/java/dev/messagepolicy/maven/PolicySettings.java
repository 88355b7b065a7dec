package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The rule settings the goals share, as the user wrote them ({@code message-policy.*}). The
 * report, baseline and aggregate goals take the same ones as {@code check}, so that they see the
 * same findings.
 *
 * @param maxTemplateBytes the template size limit as written ({@code 2MB}); empty or {@code null}
 *     for the default
 */
record PolicySettings(String marketplace, String rules, String allowedLinkDomains, String templateDirectories,
    String maxTemplateBytes) {

  /** With the default template size limit. */
  PolicySettings(String marketplace, String rules, String allowedLinkDomains, String templateDirectories) {
    this(marketplace, rules, allowedLinkDomains, templateDirectories, null);
  }

  /** The engine for these settings, with the rules on {@code classLoader} (built-in and third-party). */
  PolicyEngine engine(ClassLoader classLoader) throws MojoExecutionException {
    RuleRegistry registry = RuleRegistry.withServices(classLoader);
    PolicyConfig config = CheckSettings.policyConfig(marketplace, rules, allowedLinkDomains, registry)
        .withMaxTemplateBytes(CheckSettings.templateLimit(maxTemplateBytes));
    return new PolicyEngine(config, registry);
  }
}
