package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import dev.messagepolicy.engine.template.TagKind;

/**
 * An unescaped variable ({@code {{{x}}}}, {@code {{& x}}}) writes its value as markup: a
 * product title or buyer text can then bring a link, an image or formatting into the message.
 * Checks template files too (it needs no class).
 */
@PolicyRule(
    id = "raw-variable",
    summary = "An unescaped variable that can inject markup or links",
    severity = Severity.WARNING,
    guideline = "Messages may not carry links, images that link to a website or formatting that overrides"
        + " fonts or colours; an unescaped value can bring any of them in.")
public final class RawVariableRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      for (Tag tag : part.tags()) {
        if (tag.kind() == TagKind.RAW_VARIABLE) {
          context.reportTag(model.source(), part, tag,
              "variable '" + tag.name() + "' is written without escaping: its value can inject markup or links",
              "Write {{" + tag.name() + "}} so that the value is escaped.");
        }
      }
    }
  }
}
