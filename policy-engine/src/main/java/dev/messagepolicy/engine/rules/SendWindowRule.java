package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.template.MessageModel;

/**
 * A declared {@code @SendWindow} must lie inside what the marketplace permits: a review request
 * from 5 to 30 days after delivery, any other proactive message within 30 days. A window that
 * ends before it starts, or starts before delivery, is reported too.
 */
@PolicyRule(
    id = "send-window",
    summary = "A declared schedule outside the permitted window",
    guideline = "Review requests may be sent from 5 days after the earliest delivery date to 30 days after the"
        + " latest; every proactive message is sent within 30 days.")
public final class SendWindowRule implements TemplateRule {

  /** The earliest day after delivery a review request may go out. */
  public static final int REVIEW_FIRST_DAY = 5;

  /** The last day after delivery any proactive message may go out. */
  public static final int LAST_DAY = 30;

  @Override
  public void check(MessageModel model, RuleContext context) {
    SendWindowDeclaration window = model.metadata().sendWindow();
    if (window == null) {
      return;
    }
    Reason reason = model.metadata().reason();
    String excerpt = "@SendWindow(fromDays = " + window.fromDays() + ", toDays = " + window.toDays() + ")";
    if (window.fromDays() < 0 || window.toDays() < window.fromDays()) {
      context.reportDeclaration(model.source(), Anchor.SEND_WINDOW, "the send window " + window
          + " is not a window: it must start on or after delivery and end on or after its start", excerpt,
          "Give 0 <= fromDays <= toDays.");
      return;
    }
    if (reason == Reason.REVIEW_REQUEST && (window.fromDays() < REVIEW_FIRST_DAY || window.toDays() > LAST_DAY)) {
      context.reportDeclaration(model.source(), Anchor.SEND_WINDOW, "a review request is scheduled " + window
          + "; it may be sent only " + REVIEW_FIRST_DAY + " to " + LAST_DAY + " days after delivery", excerpt,
          "Schedule it within fromDays = " + REVIEW_FIRST_DAY + ", toDays = " + LAST_DAY + ".");
    } else if (window.toDays() > LAST_DAY) {
      context.reportDeclaration(model.source(), Anchor.SEND_WINDOW, "the message is scheduled " + window
          + "; proactive messages are sent within " + LAST_DAY + " days", excerpt,
          "End the window by day " + LAST_DAY + ".");
    }
  }
}
