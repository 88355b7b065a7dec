package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import java.util.Locale;
import java.util.Set;

/**
 * Every proactive message names the order: through a variable that carries the order id, or an
 * order id written out ({@code 123-1234567-1234567}).
 */
@PolicyRule(
    id = "order-id-required",
    summary = "A proactive template that does not name the order",
    guideline = "Every proactive message names the order it is about, by its 17-digit order id"
        + " (Communication Guidelines, November 2020).")
public final class OrderIdRequiredRule implements TemplateRule {

  /** Variable names, lowercased and without separators, that carry an order id. */
  private static final Set<String> ORDER_ID_NAMES = Set.of(
      "orderid", "amazonorderid", "ordernumber", "orderno", "ordernr", "marketplaceorderid");

  @Override
  public void check(MessageModel model, RuleContext context) {
    Reason reason = model.metadata().reason();
    if (reason == null || !reason.proactive() || reason.bodyLimit() == Reason.ATTACHMENTS_ONLY) {
      return;
    }
    for (MessagePart part : model.parts()) {
      if (part.variables().stream().anyMatch(OrderIdRequiredRule::carriesOrderId)
          || containsWrittenOrderId(part.skeleton())) {
        return;
      }
    }
    context.reportDeclaration(model.source(), model.subjectPart().isPresent() ? Anchor.SUBJECT : Anchor.BODY,
        "a proactive " + reason + " message must name the order, but no variable or text carries an order id",
        "", "Add the order id to the subject or body, e.g. \"for order {{orderId}}\".");
  }

  static boolean carriesOrderId(Tag variable) {
    String name = variable.name();
    String last = name.substring(name.lastIndexOf('.') + 1);
    StringBuilder key = new StringBuilder();
    for (char c : last.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    String normalized = key.toString();
    if (ORDER_ID_NAMES.contains(normalized)) {
      return true;
    }
    // {{order.id}} and {{order.number}}
    String lower = name.toLowerCase(Locale.ROOT);
    return endsWithSegments(lower, "order.id") || endsWithSegments(lower, "order.number");
  }

  private static boolean endsWithSegments(String name, String segments) {
    return name.equals(segments) || name.endsWith("." + segments);
  }

  /** Whether the text holds an order id in the marketplace's 3-7-7 digit form. */
  static boolean containsWrittenOrderId(String text) {
    int[] groups = {3, 7, 7};
    for (int start = 0; start < text.length(); start++) {
      if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
        continue;
      }
      int i = start;
      boolean matched = true;
      for (int g = 0; g < groups.length && matched; g++) {
        for (int d = 0; d < groups[g]; d++, i++) {
          if (i >= text.length() || !isAsciiDigit(text.charAt(i))) {
            matched = false;
            break;
          }
        }
        if (matched && g < groups.length - 1) {
          if (i < text.length() && text.charAt(i) == '-') {
            i++;
          } else {
            matched = false;
          }
        }
      }
      if (matched && (i == text.length() || !isAsciiDigit(text.charAt(i)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
