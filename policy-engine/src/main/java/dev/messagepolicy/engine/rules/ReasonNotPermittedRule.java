package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.template.MessageModel;

/** Order and shipping confirmations, thank-you notes and marketing may not be sent at all. */
@PolicyRule(
    id = "reason-not-permitted",
    summary = "A template declared for a purpose the marketplace does not permit",
    guideline = "Since November 2020 proactive messages are permitted only to resolve fulfilment issues, request"
        + " information needed for the order, ask about a return, send an invoice, request a review once,"
        + " schedule a delivery or appointment, or verify a custom design. Order or shipping confirmations,"
        + " thank-you-only messages and marketing are not permitted.")
public final class ReasonNotPermittedRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    Reason reason = model.metadata().reason();
    if (reason != null && !reason.permitted()) {
      context.reportDeclaration(model.source(), Anchor.REASON,
          reason + " messages are not permitted to marketplace buyers", reason.name(),
          "Stop sending this message to marketplace buyers; the marketplace sends its own confirmations.");
    }
  }
}
