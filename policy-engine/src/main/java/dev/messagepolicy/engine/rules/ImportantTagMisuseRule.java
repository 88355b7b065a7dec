package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;

/** Only critical messages may carry {@code [Important]}. */
@PolicyRule(
    id = "important-tag-misuse",
    summary = "A non-critical template whose subject contains [Important]",
    guideline = "Marking a message that is not critical to the order [Important] bypasses the buyer's opt-out"
        + " and can get the seller account suspended.")
public final class ImportantTagMisuseRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    if (model.metadata().critical() || model.metadata().reason() == null) {
      return;
    }
    for (MessagePart part : model.parts()) {
      if (part.kind() != MessagePart.Kind.SUBJECT) {
        continue;
      }
      int at = ImportantTag.indexIn(part.skeleton());
      if (at >= 0) {
        context.reportText(model.source(), part, at, at + ImportantTag.TAG.length(),
            "[Important] marks critical messages only; this template is not @Critical",
            "Remove [Important] from the subject, or mark the template @Critical if its reason allows it.");
      }
    }
  }
}
