package dev.messagepolicy.runtime;

/**
 * What the opt-out policy needs to know about the buyer. Only the shop knows it (from the
 * marketplace's notifications or a bounced message), so the shop implements it, or uses
 * {@link BuyerFacts}.
 */
public interface Buyer {

  /** Whether the buyer opted out of unsolicited messages from sellers. */
  boolean optedOutOfMessages();
}
