package dev.messagepolicy.engine;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.template.MessageModel;
import java.util.List;

/**
 * The outcome of checking one template.
 *
 * @param findings what the enabled rules found, with configured severities, sorted
 * @param suppressed findings silenced by the template's suppressions, kept for the reports
 * @param bodyFile the file that holds the body (the resource, or the declaring file)
 */
public record TemplateResult(MessageModel model, List<Finding> findings, List<Finding> suppressed, String bodyFile) {

  public TemplateResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
  }
}
