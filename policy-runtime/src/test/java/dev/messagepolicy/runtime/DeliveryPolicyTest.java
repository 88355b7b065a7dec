package dev.messagepolicy.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  private static MessageDefinition message(Reason reason, boolean critical) {
    return new MessageDefinition("com.shop.M", reason, critical, Marketplace.UK, null, "s", "b", null,
        List.of(), List.of());
  }

  private static final MessageDefinition DELAY = message(Reason.UNEXPECTED_PROBLEM, false);
  private static final MessageDefinition REVIEW = message(Reason.REVIEW_REQUEST, false);

  @Test
  void buyerWhoDidNotOptOutReceivesEveryMessage() {
    assertTrue(DeliveryPolicy.mayDeliver(REVIEW, BuyerFacts.receivingMessages(), OrderFacts.ordinary()));
    assertTrue(DeliveryPolicy.mayDeliver(DELAY, BuyerFacts.receivingMessages(), OrderFacts.ordinary()));
  }

  @Test
  void optedOutBuyerDoesNotReceiveRoutineMessagesOnOrdinaryOrders() {
    assertFalse(DeliveryPolicy.mayDeliver(REVIEW, BuyerFacts.optedOut(), OrderFacts.ordinary()));
    assertFalse(DeliveryPolicy.mayDeliver(DELAY, BuyerFacts.optedOut(), OrderFacts.ordinary()));
  }

  @Test
  void optedOutBuyerReceivesCriticalMessages() {
    assertTrue(DeliveryPolicy.mayDeliver(message(Reason.DELIVERY_ADDRESS, true), BuyerFacts.optedOut(),
        OrderFacts.ordinary()));
    // The same reason without @Critical is not critical.
    assertFalse(DeliveryPolicy.mayDeliver(message(Reason.DELIVERY_ADDRESS, false), BuyerFacts.optedOut(),
        OrderFacts.ordinary()));
  }

  @Test
  void optedOutBuyerReceivesRepliesInTheirOwnThread() {
    assertTrue(DeliveryPolicy.mayDeliver(DELAY, BuyerFacts.optedOut(), OrderFacts.ordinary().asReply()));
    assertTrue(DeliveryPolicy.mayDeliver(message(Reason.BUYER_REPLY, false), BuyerFacts.optedOut(),
        OrderFacts.ordinary()));
  }

  @Test
  void optedOutBuyerReceivesMessagesAboutHandmadeWineAndCustomOrders() {
    for (OrderCategory category : OrderCategory.values()) {
      assertTrue(DeliveryPolicy.mayDeliver(REVIEW, BuyerFacts.optedOut(), OrderFacts.of(category)),
          category.name());
    }
  }
}
