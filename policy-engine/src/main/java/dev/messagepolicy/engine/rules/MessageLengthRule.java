package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * The subject and body must fit what the marketplace accepts. The body limit is the reason's
 * ({@link Reason#bodyLimit()}: 800 characters for customization, 400 for access keys, 2000 for
 * most others, none at all for reasons whose content goes in attachments only). The build knows
 * the static text: each variable counts zero characters, or its declared {@code @MaxLength};
 * the run-time check measures the rendered text. Text inside sections counts once.
 */
@PolicyRule(
    id = "message-length",
    summary = "Subject or body longer than the marketplace's messaging API accepts for that message type",
    guideline = "The Selling Partner API accepts at most 800 characters of customization details, 400 for a"
        + " digital access key and 2000 for delivery, order and service details and unexpected problems; legal"
        + " disclosures, warranties and invoices are attachments only.")
public final class MessageLengthRule implements TemplateRule {

  /**
   * The subject limit. Neither the Selling Partner API (where the marketplace writes the subject
   * itself) nor the help pages publish one, so this is a conservative constant of ours: short
   * enough for every mail client and the message centre's list, far below the 998-character line
   * limit of RFC 5322.
   */
  public static final int SUBJECT_LIMIT = 200;

  /** How much of the overflowing text a finding quotes. */
  private static final int EXCERPT_LENGTH = 40;

  @Override
  public void check(MessageModel model, RuleContext context) {
    Reason reason = model.metadata().reason();
    TemplateModel classModel = model.source().templateModel().orElse(null);
    model.subjectPart().ifPresent(subject -> checkPart(model, subject, SUBJECT_LIMIT, "the subject", classModel,
        context));
    if (reason == null || !reason.permitted() || reason.bodyLimit() == Reason.NO_LIMIT) {
      return;
    }
    model.bodyPart().ifPresent(body -> {
      if (reason.bodyLimit() == Reason.ATTACHMENTS_ONLY) {
        checkAttachmentsOnly(model, body, reason, context);
      } else {
        checkPart(model, body, reason.bodyLimit(), "the body of a " + reason + " message", classModel, context);
      }
    });
  }

  private void checkPart(MessageModel model, MessagePart part, int limit, String what, TemplateModel classModel,
      RuleContext context) {
    List<Integer> variableLengths = variableLengths(part, classModel);
    String skeleton = part.skeleton();
    long length = 0;
    int overflowAt = -1;
    int variable = 0;
    for (int i = 0; i < skeleton.length(); i += Character.charCount(skeleton.codePointAt(i))) {
      if (skeleton.charAt(i) == MessagePart.PLACEHOLDER) {
        length += variable < variableLengths.size() ? variableLengths.get(variable) : 0;
        variable++;
      } else {
        length++;
      }
      if (length > limit && overflowAt < 0) {
        overflowAt = i;
      }
    }
    if (overflowAt >= 0) {
      int end = Math.min(skeleton.length(), overflowAt + EXCERPT_LENGTH);
      context.reportText(model.source(), part, overflowAt, end, what + " is at least " + length
          + " characters long; the marketplace accepts at most " + limit + " (variables count their @MaxLength,"
          + " or zero)", "Shorten the text from here on; say only what the buyer needs for this order.");
    }
  }

  private void checkAttachmentsOnly(MessageModel model, MessagePart body, Reason reason, RuleContext context) {
    String skeleton = body.skeleton();
    int first = 0;
    while (first < skeleton.length() && Character.isWhitespace(skeleton.charAt(first))) {
      first++;
    }
    if (first < skeleton.length()) {
      context.reportText(model.source(), body, first, Math.min(skeleton.length(), first + EXCERPT_LENGTH),
          reason + " messages carry their content in attachments only; the body text is not sent",
          "Put the content in the attached file and leave the body empty.");
    }
  }

  /** The declared maximum length of each variable of the part, in document order (0 when unknown). */
  private static List<Integer> variableLengths(MessagePart part, TemplateModel classModel) {
    List<Integer> lengths = new ArrayList<>();
    if (classModel == null) {
      return lengths;
    }
    for (ModelScopes.Resolved resolved : ModelScopes.resolve(part, classModel)) {
      Tag tag = resolved.tag();
      if (!tag.kind().isValue()) {
        continue;
      }
      int max = resolved.resolution() instanceof ModelScopes.Found found && found.property() != null
          ? Math.max(0, found.property().maxLength()) : 0;
      lengths.add(max);
    }
    return lengths;
  }
}
