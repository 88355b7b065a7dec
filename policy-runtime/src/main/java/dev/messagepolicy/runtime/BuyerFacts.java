package dev.messagepolicy.runtime;

/** A {@link Buyer} as plain data. */
public record BuyerFacts(boolean optedOutOfMessages) implements Buyer {

  /** A buyer who receives every permitted message. */
  public static BuyerFacts receivingMessages() {
    return new BuyerFacts(false);
  }

  /** A buyer who opted out of unsolicited messages. */
  public static BuyerFacts optedOut() {
    return new BuyerFacts(true);
  }
}
