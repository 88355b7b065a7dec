package dev.messagepolicy.processor;

import dev.messagepolicy.engine.rules.PolicyRule;
import dev.messagepolicy.engine.rules.RuleContext;
import dev.messagepolicy.engine.rules.TemplateRule;
import dev.messagepolicy.engine.template.MessageModel;

/**
 * A third-party rule built against a library that is missing at compile time: on the template
 * {@link #TARGET} it fails with a {@link LinkageError}, which the engine does not catch, so that
 * the processor meets an unexpected failure. Tests provide it through their own class loader.
 */
@PolicyRule(id = "linkage-failing", summary = "Fails on one template", guideline = "None: a test rule.")
public final class LinkageFailingRule implements TemplateRule {

  static final String TARGET = "com.shop.Failing";

  @Override
  public void check(MessageModel model, RuleContext context) {
    if (model.source().id().equals(TARGET)) {
      throw new NoClassDefFoundError("com/thirdparty/MissingHelper");
    }
  }
}
