package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.template.MessageModel;

/** Every suppression says why; this rule itself cannot be suppressed. */
@PolicyRule(
    id = "suppression-justification",
    summary = "A @SuppressPolicy without a written justification",
    guideline = "An exception to the marketplace's rules must be explained where reviewers see it; an account"
        + " suspension is argued with the reasons, not with the build log.")
public final class SuppressionJustificationRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (Suppression suppression : model.metadata().suppressions()) {
      if (suppression.justification().isBlank()) {
        context.reportDeclaration(model.source(), Anchor.SUPPRESSION,
            "suppression of " + String.join(", ", suppression.rules()) + " has no justification",
            String.join(", ", suppression.rules()),
            "Say why the rule does not apply: @SuppressPolicy(value = \"…\", justification = \"…\").");
      }
    }
  }
}
