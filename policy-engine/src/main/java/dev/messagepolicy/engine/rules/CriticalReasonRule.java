package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.template.MessageModel;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Only customization, delivery scheduling and delivery address messages may be critical. */
@PolicyRule(
    id = "critical-reason",
    summary = "@Critical on a contact reason that is not critical",
    guideline = "Critical messages are those needed to complete the order: product customization questions,"
        + " delivery scheduling and delivery address problems. Feedback requests, shipping confirmations,"
        + " manuals and the like are not.")
public final class CriticalReasonRule implements TemplateRule {

  private static final String CRITICAL_REASONS = Arrays.stream(Reason.values())
      .filter(Reason::criticalAllowed).map(Reason::name).collect(Collectors.joining(", "));

  @Override
  public void check(MessageModel model, RuleContext context) {
    Reason reason = model.metadata().reason();
    if (model.metadata().critical() && reason != null && !reason.criticalAllowed()) {
      context.reportDeclaration(model.source(), Anchor.CRITICAL,
          "messages of reason " + reason + " cannot be critical; only " + CRITICAL_REASONS + " can",
          reason.name(), "Remove @Critical (and the [Important] tag), or correct the contact reason.");
    }
  }
}
