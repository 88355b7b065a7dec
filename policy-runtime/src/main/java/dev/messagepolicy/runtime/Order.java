package dev.messagepolicy.runtime;

import java.util.Set;

/** What the opt-out policy needs to know about the order a message is about. */
public interface Order {

  /** The order's categories that matter to the opt-out policy; empty for an ordinary order. */
  Set<OrderCategory> categories();

  /**
   * Whether the message goes as a reply into a thread the buyer opened about this order:
   * buyers cannot opt out of answers to their own questions.
   */
  boolean replyInBuyerThread();
}
