package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;

/**
 * A rule that reports every phrase of its packs found in a template's subject or body. Every
 * language's pack is applied to every template, since a German coupon on a US marketplace is
 * still a coupon.
 */
abstract class PhraseRule implements TemplateRule {

  /** What a hit means, shown before the excerpt: {@code promotional content is not allowed}. */
  abstract String what();

  /** How to fix a hit. */
  abstract String hint();

  @Override
  public void check(MessageModel model, RuleContext context) {
    String id = descriptor().id();
    for (PhraseHit hit : PhraseHit.in(model, id, context.config().phrases())) {
      hit.report(model, context, what(), hint());
    }
  }
}
