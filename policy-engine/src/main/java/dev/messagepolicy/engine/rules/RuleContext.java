package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import java.util.List;

/** What a rule sees besides the template: the configuration, and where its findings go. */
public final class RuleContext {

  private final RuleDescriptor rule;
  private final PolicyConfig config;
  private final List<Finding> out;

  public RuleContext(RuleDescriptor rule, PolicyConfig config, List<Finding> out) {
    this.rule = rule;
    this.config = config;
    this.out = out;
  }

  public PolicyConfig config() {
    return config;
  }

  /** Reports the skeleton range {@code [start, end)} of a subject or body. */
  public void reportText(TemplateSource source, MessagePart part, int start, int end, String message, String hint) {
    int at = Math.min(start, Math.max(0, part.skeleton().length() - 1));
    Anchor anchor = part.kind() == MessagePart.Kind.SUBJECT ? Anchor.SUBJECT : Anchor.BODY;
    out.add(new Finding(rule.id(), rule.severity(), source.id(), part.positionOf(at), anchor, message,
        part.excerpt(start, end), hint, part.sourceLineAt(at)));
  }

  /** Reports a tag (a variable, a section) of a subject or body, at the tag's opening delimiter. */
  public void reportTag(TemplateSource source, MessagePart part, Tag tag, String message, String hint) {
    Anchor anchor = part.kind() == MessagePart.Kind.SUBJECT ? Anchor.SUBJECT : Anchor.BODY;
    out.add(new Finding(rule.id(), rule.severity(), source.id(), tag.position(), anchor, message, tag.source(), hint,
        tag.sourceLine()));
  }

  /** Reports a part of a template's declaration (its reason, its critical flag, …). */
  public void reportDeclaration(TemplateSource source, Anchor anchor, String message, String excerpt, String hint) {
    out.add(new Finding(rule.id(), rule.severity(), source.id(), source.anchor(anchor), anchor, message,
        excerpt, hint, ""));
  }

  /** Reports a finding whose position and source line the caller already knows. */
  public void report(Finding finding) {
    out.add(finding);
  }

  public RuleDescriptor rule() {
    return rule;
  }
}
