package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;

/** A rule that checks one template at a time. Implementations are stateless and thread-safe. */
public non-sealed interface TemplateRule extends Rule {

  void check(MessageModel model, RuleContext context);
}
