package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import java.util.Optional;

/** A critical message must carry {@code [Important]} in its subject. */
@PolicyRule(
    id = "critical-subject-tag",
    summary = "A critical template whose subject lacks the [Important] tag",
    guideline = "Since May 2017 a message that must reach buyers who opted out carries the tag [Important],"
        + " with the brackets, in its subject.")
public final class CriticalSubjectTagRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    if (!model.metadata().critical()) {
      return;
    }
    Optional<MessagePart> subject = model.subjectPart();
    if (subject.isEmpty()) {
      context.reportDeclaration(model.source(), Anchor.CRITICAL,
          "critical message has no subject, so it cannot carry the [Important] tag", "",
          "Declare a subject that contains [Important].");
      return;
    }
    String text = subject.get().skeleton();
    if (text.contains(ImportantTag.TAG)) {
      return;
    }
    int lenient = ImportantTag.indexIn(text);
    if (lenient >= 0) {
      context.reportText(model.source(), subject.get(), lenient, lenient + ImportantTag.TAG.length(),
          "critical message must be tagged exactly [Important] in its subject",
          "Write the tag as [Important]: capital I, the rest lowercase, with the brackets.");
    } else {
      context.reportText(model.source(), subject.get(), 0, text.length(),
          "critical message lacks the [Important] tag in its subject",
          "Add [Important] to the subject, e.g. \"[Important] Additional Information Required\".");
    }
  }
}
