package dev.messagepolicy.engine;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.CatalogRule;
import dev.messagepolicy.engine.rules.Rule;
import dev.messagepolicy.engine.rules.RuleContext;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.rules.TemplateRule;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.ParsedPart;
import dev.messagepolicy.engine.template.SyntaxError;
import dev.messagepolicy.engine.template.TemplateParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checker: loads and parses templates, runs the rules, applies the configured severities
 * and the templates' suppressions. The processor and the plugin both go through here, so the
 * same template gives the same findings in both. Thread-safe.
 */
public final class PolicyEngine {

  /** Rules that a suppression cannot silence: they guard the suppressions and the parse itself. */
  private static final Set<String> UNSUPPRESSIBLE = Set.of("suppression-justification", "template-syntax");

  private final PolicyConfig config;
  private final RuleRegistry registry;

  public PolicyEngine(PolicyConfig config, RuleRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  public PolicyConfig config() {
    return config;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** Loads the body, parses subject and body (partials inlined) and collects syntax errors. */
  public MessageModel parse(TemplateSource source, TemplateLocator locator) {
    TemplateParser parser = new TemplateParser(locator, config.maxTemplateBytes());
    List<SyntaxError> errors = new ArrayList<>(source.declarationErrors());
    MessagePart subject = null;
    if (source.subject() != null) {
      ParsedPart parsed = parser.parse(source.subject(), "", MessagePart.Kind.SUBJECT);
      subject = parsed.part();
      errors.addAll(parsed.errors());
    }
    MessagePart body = null;
    if (source.body() instanceof TemplateSource.Inline inline) {
      ParsedPart parsed = parser.parse(inline.text(), inline.resourcePath(), MessagePart.Kind.BODY);
      body = parsed.part();
      errors.addAll(parsed.errors());
    } else if (source.body() instanceof TemplateSource.Resource resource) {
      TemplateLocator.Loaded loaded = locator.load(resource.path());
      if (loaded instanceof TemplateLocator.Found found) {
        ParsedPart parsed = parser.parse(found.text(), resource.path(), MessagePart.Kind.BODY);
        body = parsed.part();
        errors.addAll(parsed.errors());
      } else {
        if (loaded instanceof TemplateLocator.Missing missing) {
          errors.add(new SyntaxError("body resource '" + resource.path() + "' not found", source.anchor(Anchor.BODY),
              "", Anchor.BODY, "Create the resource or fix bodyResource (" + missing.searched() + ")."));
        } else {
          String reason = ((TemplateLocator.Unreadable) loaded).reason();
          String hint = reason.contains("(maxTemplateBytes)")
              ? "Make the resource smaller, or raise the limit (maxTemplateBytes)."
              : "Save the resource as UTF-8 text, or fix bodyResource.";
          errors.add(new SyntaxError("body resource '" + resource.path() + "' cannot be read: " + reason,
              source.anchor(Anchor.BODY), "", Anchor.BODY, hint));
        }
      }
    }
    return new MessageModel(source, subject, body, errors);
  }

  /** Checks one template with every enabled per-template rule. */
  public TemplateResult check(TemplateSource source, TemplateLocator locator) {
    return check(parse(source, locator));
  }

  /**
   * Checks a template that is already parsed, or text built some other way (the run-time check
   * of a rendered message builds its model from the rendered text).
   */
  public TemplateResult check(MessageModel model) {
    TemplateSource source = model.source();
    List<Finding> findings = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    for (TemplateRule rule : registry.templateRules()) {
      run(rule, source.id(), source, findings, suppressed, context -> rule.check(model, context));
    }
    findings.sort(Finding.ORDER);
    suppressed.sort(Finding.ORDER);
    return new TemplateResult(model, findings, suppressed, bodyFile(source, model));
  }

  /** Checks all templates of a build together with every enabled catalog rule. */
  public List<Finding> checkCatalog(List<TemplateSource> templates) {
    List<TemplateSource> sorted = new ArrayList<>(templates);
    sorted.sort(Comparator.comparing(TemplateSource::id));
    Map<String, TemplateSource> byId = new HashMap<>();
    sorted.forEach(t -> byId.put(t.id(), t));
    List<Finding> findings = new ArrayList<>();
    for (CatalogRule rule : registry.catalogRules()) {
      List<Finding> raw = new ArrayList<>();
      List<Finding> ignored = new ArrayList<>();
      TemplateSource first = sorted.isEmpty() ? null : sorted.get(0);
      run(rule, "(catalog)", first, raw, ignored, context -> rule.check(sorted, context));
      for (Finding finding : raw) {
        TemplateSource owner = byId.get(finding.templateId());
        if (owner == null || !isSuppressed(owner.metadata(), finding.rule())) {
          findings.add(finding);
        }
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  private interface RuleRun {
    void run(RuleContext context);
  }

  private void run(Rule rule, String templateId, TemplateSource source, List<Finding> findings,
      List<Finding> suppressed, RuleRun body) {
    RuleDescriptor descriptor = rule.descriptor();
    Optional<Severity> severity = config.severityOf(descriptor.id(), descriptor.severity());
    if (severity.isEmpty()) {
      return;
    }
    List<Finding> raw = new ArrayList<>();
    try {
      body.run(new RuleContext(descriptor, config, raw));
    } catch (RuntimeException | StackOverflowError e) {
      // A rule's own bug must not cost the user the other findings, nor throw into javac.
      if (source != null) {
        raw.add(new Finding(descriptor.id(), Severity.ERROR, templateId, source.anchor(Anchor.TEMPLATE),
            Anchor.TEMPLATE, "internal error in rule " + descriptor.id() + " (" + e
                + "); the template was not fully checked, please report this as a bug",
            "", "", ""));
      }
    }
    for (Finding finding : raw) {
      Finding configured = finding.withSeverity(severity.get());
      if (source != null && isSuppressed(source.metadata(), descriptor.id()) && templateId.equals(finding.templateId())) {
        suppressed.add(configured);
      } else {
        findings.add(configured);
      }
    }
  }

  private static boolean isSuppressed(TemplateMetadata metadata, String ruleId) {
    return !UNSUPPRESSIBLE.contains(ruleId) && metadata.suppresses(ruleId);
  }

  private static String bodyFile(TemplateSource source, MessageModel model) {
    if (source.body() instanceof TemplateSource.Inline inline) {
      return inline.text().file();
    }
    return model.bodyPart().map(b -> b.positionOf(0).file()).orElse(source.file());
  }

  /** A small convenience for tests and tools: the text of a file as a {@link SourceText}. */
  public static SourceText text(String file, String content) {
    return SourceText.ofFile(file, content);
  }
}
