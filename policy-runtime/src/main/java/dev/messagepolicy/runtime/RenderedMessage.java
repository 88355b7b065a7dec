package dev.messagepolicy.runtime;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A message as it goes to the buyer: the rendered subject and body, what it is declared as, and
 * what the run-time check found in it.
 *
 * @param templateId the template class's qualified name
 * @param subject the rendered subject; empty when the template declares none
 * @param body the rendered body
 * @param attachments the declared attachments (the shop supplies the files produced at run time)
 * @param reason the contact reason (the marketplace API operation to send it with)
 * @param critical whether the message is critical ({@code [Important]}, reaches opted-out buyers)
 * @param findings what the run-time check found; only warnings, unless the renderer was set to
 *     {@link RuntimeCheck.OnViolation#REPORT report} violations instead of throwing them
 */
public record RenderedMessage(
    String templateId,
    String subject,
    String body,
    List<DeclaredAttachment> attachments,
    Reason reason,
    boolean critical,
    List<Finding> findings) {

  public RenderedMessage {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(reason, "reason");
    attachments = List.copyOf(attachments);
    findings = List.copyOf(findings);
  }

  /** Whether the run-time check found nothing of severity ERROR: the message may be sent. */
  public boolean compliant() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
