package dev.messagepolicy.runtime;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.RenderedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a rendered message again with the engine's <em>content</em> rules ({@link #CONTENT_RULES}),
 * because values filled in at run time (product titles, buyer text) can carry what the template
 * could not. Rules about the declaration (reason, critical flag, syntax, order id variable) were
 * settled by the build and are not run again. The template's {@code @SuppressPolicy} applies
 * here as it did in the build. Immutable and thread-safe.
 */
public final class RuntimeCheck {

  /** What a renderer does when the check finds an ERROR. */
  public enum OnViolation {
    /** Throw {@link MessagePolicyViolation}: the message cannot be sent by mistake. The default. */
    THROW,
    /** Return the message with its findings ({@link RenderedMessage#compliant()} is false). */
    REPORT
  }

  /**
   * The rules that read the text as the buyer sees it, by id (RULES.md). Ids of rules that this
   * version of the engine does not have are ignored.
   */
  public static final Set<String> CONTENT_RULES = Set.of(
      "no-links", "no-email-addresses", "no-phone-numbers", "no-promotions", "no-review-incentives",
      "no-review-manipulation", "repeats-order-info", "no-cancellation-request", "critical-content",
      "no-emoji", "no-images", "html-formatting", "message-length");

  private static final RuntimeCheck STANDARD = new RuntimeCheck(PolicyConfig.defaults(), OnViolation.THROW);

  private final PolicyConfig settings;
  private final PolicyEngine engine;
  private final OnViolation onViolation;

  private RuntimeCheck(PolicyConfig settings, OnViolation onViolation) {
    this.settings = settings;
    this.onViolation = Objects.requireNonNull(onViolation, "onViolation");
    RuleRegistry registry = RuleRegistry.builtIn();
    Map<String, Optional<Severity>> severities = new TreeMap<>();
    for (RuleDescriptor rule : registry.descriptors()) {
      if (!CONTENT_RULES.contains(rule.id())) {
        severities.put(rule.id(), Optional.empty());
      }
    }
    settings.ruleSeverities().forEach((id, severity) -> {
      if (CONTENT_RULES.contains(id)) {
        severities.put(id, severity);
      }
    });
    this.engine = new PolicyEngine(
        new PolicyConfig(settings.marketplace(), severities, settings.allowedLinkDomains()), registry);
  }

  /** The built-in content rules with their default severities, no allowed link domains; throws on ERROR. */
  public static RuntimeCheck standard() {
    return STANDARD;
  }

  /**
   * A check with the build's settings: its rule severities (for content rules) and its allowed
   * link domains, so that run time and build time agree.
   */
  public static RuntimeCheck of(PolicyConfig settings, OnViolation onViolation) {
    return new RuntimeCheck(Objects.requireNonNull(settings, "settings"), onViolation);
  }

  /**
   * A check with the settings the processor compiled the templates with (generated renderers use
   * it): {@code rules} as in {@code -Amessagepolicy.rules}, and the allowed link domains.
   *
   * @throws IllegalArgumentException when {@code rules} is malformed
   */
  public static RuntimeCheck withBuildSettings(String rules, Set<String> allowedLinkDomains) {
    return new RuntimeCheck(new PolicyConfig(PolicyConfig.defaults().marketplace(),
        PolicyConfig.parseRuleSeverities(rules), allowedLinkDomains), OnViolation.THROW);
  }

  /** This check, returning violations in the rendered message instead of throwing them. */
  public RuntimeCheck reportingViolations() {
    return new RuntimeCheck(settings, OnViolation.REPORT);
  }

  public OnViolation onViolation() {
    return onViolation;
  }

  /**
   * The findings of the content rules in the rendered subject and body, sorted; positions are
   * lines and columns of the rendered text, in parts named {@code <Template> (rendered subject)}
   * and {@code <Template> (rendered body)}.
   */
  public List<Finding> check(MessageDefinition definition, String subject, String body) {
    TemplateMetadata metadata = new TemplateMetadata(definition.reason(), definition.critical(),
        definition.marketplace(), definition.variantGroup(), suppressions(definition));
    String name = definition.simpleName();
    SourceText bodyText = SourceText.ofFile(name + " (rendered body)", body);
    SourceText subjectText = definition.subject() == null ? null : SourceText.ofFile(name + " (rendered subject)", subject);
    TemplateSource source = new TemplateSource(definition.templateId(), bodyText.file(), metadata, subjectText,
        new TemplateSource.Inline(bodyText, ""), Map.of(), List.of());
    MessagePart subjectPart = subjectText == null ? null
        : RenderedText.part(MessagePart.Kind.SUBJECT, subjectText.file(), subject);
    MessagePart bodyPart = RenderedText.part(MessagePart.Kind.BODY, bodyText.file(), body);
    return engine.check(new MessageModel(source, subjectPart, bodyPart, List.of())).findings();
  }

  /** The build already demanded a justification; here the suppressed ids are all that matter. */
  private static List<Suppression> suppressions(MessageDefinition definition) {
    return definition.suppressedRules().isEmpty() ? List.of()
        : List.of(new Suppression(definition.suppressedRules(), "declared on the template class"));
  }
}
