package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;

/**
 * A critical message reaches buyers who opted out, so it may carry only what the order needs:
 * no review or feedback request ({@code phrases/critical-content/<language>.txt}) and no
 * marketing (the {@code no-promotions} packs).
 */
@PolicyRule(
    id = "critical-content",
    summary = "A critical template that also carries non-critical content: a review or feedback request, marketing",
    guideline = "A message marked [Important] reaches buyers who opted out; it may ask only for what is needed"
        + " to complete the order.")
public final class CriticalContentRule implements TemplateRule {

  private static final String HINT =
      "Keep the critical message to what the order needs; send the review request or other content separately,"
          + " if at all.";

  @Override
  public void check(MessageModel model, RuleContext context) {
    if (!model.metadata().critical()) {
      return;
    }
    for (PhraseHit hit : PhraseHit.in(model, descriptor().id(), context.config().phrases())) {
      hit.report(model, context, "a critical message may not ask for a review or feedback", HINT);
    }
    for (PhraseHit hit : PhraseHit.in(model, "no-promotions", context.config().phrases())) {
      hit.report(model, context, "a critical message may not carry marketing", HINT);
    }
  }
}
