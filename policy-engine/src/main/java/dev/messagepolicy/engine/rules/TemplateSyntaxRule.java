package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.SyntaxError;

/** Turns what the loader and the parser could not read into findings with their positions. */
@PolicyRule(
    id = "template-syntax",
    summary = "Malformed Mustache, a missing resource or partial, a cycle of partials, an unreadable file",
    guideline = "A template that cannot be parsed cannot be checked, and would fail when the shop sends it.")
public final class TemplateSyntaxRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (SyntaxError error : model.syntaxErrors()) {
      context.report(new Finding(context.rule().id(), context.rule().severity(), model.id(), error.position(),
          error.anchor(), error.message(), error.sourceLine().strip(),
          error.hint().isEmpty() ? "Fix the template so that Mustache can parse it." : error.hint(),
          error.sourceLine()));
    }
  }
}
