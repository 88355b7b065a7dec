package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import java.util.List;

/**
 * A message must have a permitted purpose. Its pack ({@code phrases/thank-you-only/<language>.txt})
 * has families of content that is no purpose on its own (thanks, "we are here to help", a
 * delivery confirmation) and the family {@value #PURPOSE} of words that show a purpose (a
 * question, a request, a problem, a return, a review request). A message is thank-you-only when
 * it has content of the first kind, nothing of the second, and asks no question.
 */
@PolicyRule(
    id = "thank-you-only",
    summary = "A message with no permitted purpose: only thanks, \"we are here to help\", a delivery confirmation",
    guideline = "Messages that only say thank you, offer help or confirm a delivery are not permitted; every"
        + " proactive message must serve one of the permitted purposes.")
public final class ThankYouOnlyRule implements TemplateRule {

  /** The family whose phrases show that a message has a purpose. */
  static final String PURPOSE = "purpose";

  @Override
  public void check(MessageModel model, RuleContext context) {
    Reason reason = model.metadata().reason();
    if (reason != null && reason.attachments() == Reason.Attachments.REQUIRED) {
      return; // the attached invoice, warranty or disclosure is the purpose
    }
    List<PhraseHit> hits = PhraseHit.in(model, descriptor().id(), context.config().phrases());
    if (hits.isEmpty() || hits.stream().anyMatch(h -> h.family().equals(PURPOSE)) || asksAQuestion(model)) {
      return;
    }
    PhraseHit first = hits.stream().filter(h -> h.part().kind() == MessagePart.Kind.BODY).findFirst()
        .orElse(hits.get(0));
    first.report(model, context, "the message has no permitted purpose, it only says this",
        "Send a message only to serve the order (a question, a problem, a return, one review request);"
            + " the marketplace already thanks the buyer and confirms the delivery.");
  }

  private static boolean asksAQuestion(MessageModel model) {
    for (MessagePart part : model.parts()) {
      String text = BuyerText.of(part).text();
      if (text.indexOf('?') >= 0 || text.indexOf('\u00bf') >= 0) {
        return true;
      }
    }
    return false;
  }
}
