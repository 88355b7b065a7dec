package dev.messagepolicy.runtime;

import dev.messagepolicy.annotations.Reason;
import java.util.Objects;

/**
 * The marketplace's opt-out policy (RULES.md): a buyer who opted out still receives critical
 * messages, replies in a thread the buyer opened, and messages about handmade, wine or custom
 * orders; every other message to such a buyer bounces. A buyer who did not opt out receives
 * every permitted message.
 */
public final class DeliveryPolicy {

  private DeliveryPolicy() {}

  /** Whether a message of {@code definition} reaches {@code buyer} for {@code order}. */
  public static boolean mayDeliver(MessageDefinition definition, Buyer buyer, Order order) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(order, "order");
    if (!buyer.optedOutOfMessages()) {
      return true;
    }
    return definition.critical()
        || definition.reason() == Reason.BUYER_REPLY
        || order.replyInBuyerThread()
        || !order.categories().isEmpty();
  }
}
