package dev.messagepolicy.runtime;

import dev.messagepolicy.engine.finding.Finding;
import java.util.List;

/**
 * A rendered message broke a rule, because of a value filled in at run time (a product title
 * with a link, buyer text with a phone number): the message must not be sent. The exception's
 * message lists every finding with its place in the rendered subject or body.
 */
public final class MessagePolicyViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String templateId;
  private final transient List<Finding> findings;

  public MessagePolicyViolation(String templateId, List<Finding> findings) {
    super(describe(templateId, findings));
    this.templateId = templateId;
    this.findings = List.copyOf(findings);
  }

  public String templateId() {
    return templateId;
  }

  /** All findings of the rendered message, errors and warnings. */
  public List<Finding> findings() {
    return findings;
  }

  private static String describe(String templateId, List<Finding> findings) {
    StringBuilder text = new StringBuilder(templateId).append(": the rendered message breaks ")
        .append(findings.size() == 1 ? "a rule" : findings.size() + " rules").append(" and must not be sent");
    for (Finding finding : findings) {
      text.append("\n  ").append(finding.position()).append(' ').append(finding.severity()).append(' ')
          .append(finding.headline());
    }
    return text.toString();
  }
}
