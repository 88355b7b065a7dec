package dev.messagepolicy.runtime;

import java.util.Set;

/** An {@link Order} as plain data. */
public record OrderFacts(Set<OrderCategory> categories, boolean replyInBuyerThread) implements Order {

  public OrderFacts {
    categories = Set.copyOf(categories);
  }

  /** An ordinary order, the message sent proactively (not as a reply). */
  public static OrderFacts ordinary() {
    return new OrderFacts(Set.of(), false);
  }

  /** An order of these categories, the message sent proactively. */
  public static OrderFacts of(OrderCategory... categories) {
    return new OrderFacts(Set.of(categories), false);
  }

  /** This order, the message sent as a reply in the buyer's own thread. */
  public OrderFacts asReply() {
    return new OrderFacts(categories, true);
  }
}
