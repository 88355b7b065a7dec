package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.messages.DispatchDelay;
import com.example.shop.messages.DispatchDelayMessage;
import com.example.shop.messages.EngravingQuestion;
import com.example.shop.messages.MessageCatalog;
import com.example.shop.messages.ReviewRequestDe;
import com.example.shop.messages.SofaDeliveryScheduling;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.runtime.BuyerFacts;
import dev.messagepolicy.runtime.MessageDefinition;
import dev.messagepolicy.runtime.MessagePolicyViolation;
import dev.messagepolicy.runtime.OrderCategory;
import dev.messagepolicy.runtime.OrderFacts;
import dev.messagepolicy.runtime.RenderedMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageServiceTest {

  private static final OrderId ORDER = OrderId.parse("302-1234567-7654321");

  private final List<RenderedMessage> sent = new ArrayList<>();
  private final MessageService service = new MessageService((orderId, message) -> sent.add(message));

  private static EngravingQuestion engraving(String productTitle) {
    return new EngravingQuestion(ORDER, "Frau Keller", productTitle, "Für Oma Erika, in Liebe", 18, "Jonas");
  }

  @Test
  void engravingQuestionIsRenderedFromItsResourceWithThePartial() {
    assertEquals(MessageService.Outcome.SENT, service.askAboutEngraving(
        engraving("Schneidebrett Eiche 40 × 30 cm"), BuyerFacts.receivingMessages(), OrderFacts.ordinary()));

    RenderedMessage message = sent.get(0);
    assertEquals("[Important] Rückfrage zu Ihrer Gravur – Bestellung 302-1234567-7654321", message.subject());
    assertTrue(message.body().startsWith("""
        Hallo Frau Keller,

        vielen Dank für Ihre Bestellung 302-1234567-7654321. Bevor wir „Schneidebrett Eiche 40 × 30 cm“ \
        gravieren"""), message.body());
    assertTrue(message.body().contains("„Für Oma Erika, in Liebe“"), message.body());
    assertTrue(message.body().contains("höchstens 18 Zeichen"), message.body());
    // The partial gruss, then the newline Mustache.java keeps after a standalone {{> partial}} line.
    assertTrue(message.body().endsWith("Viele Grüße aus der Werkstatt\nJonas\nWohnwerk Berlin\n\n"), message.body());
    assertEquals(Reason.PRODUCT_CUSTOMIZATION, message.reason());
    assertTrue(message.critical());
  }

  @Test
  void sofaDeliveryListsTheOfferedDays() {
    service.scheduleSofaDelivery(new SofaDeliveryScheduling(ORDER, "Herr Yıldız", "Sofa Lenne, 3-Sitzer",
        List.of("Dienstag, 12. Mai", "Donnerstag, 14. Mai"), "Jonas"), BuyerFacts.receivingMessages(),
        OrderFacts.ordinary());

    assertTrue(sent.get(0).body().contains("""
        - Dienstag, 12. Mai
        - Donnerstag, 14. Mai
        """), sent.get(0).body());
  }

  @Test
  void productTitleWithLinkIsStoppedAtRunTimeAndNotSent() {
    MessageService.Outcome outcome = service.announceDispatchDelay(new DispatchDelay(ORDER, "Sam",
        "Oak side table (assembly video: www.wohnwerk-berlin.de/aufbau)", "14 May", "Jonas"),
        BuyerFacts.receivingMessages(), OrderFacts.ordinary());

    assertEquals(MessageService.Outcome.BLOCKED_BY_POLICY, outcome);
    assertEquals(List.of(), sent);
  }

  @Test
  void theViolationListsTheFindingWithItsPlaceInTheRenderedBody() {
    DispatchDelay delay = new DispatchDelay(ORDER, "Sam", "Oak side table - more at wohnwerk-berlin.de", "14 May",
        "Jonas");

    MessagePolicyViolation violation = assertThrows(MessagePolicyViolation.class,
        () -> new DispatchDelayMessage().render(delay));

    assertEquals("com.example.shop.messages.DispatchDelay", violation.templateId());
    assertEquals(List.of("no-links"), violation.findings().stream().map(f -> f.rule()).toList());
    assertEquals("DispatchDelay (rendered body)", violation.findings().get(0).position().file());
    assertEquals(3, violation.findings().get(0).position().line());
    assertTrue(violation.getMessage().contains("[no-links]"), violation.getMessage());
  }

  @Test
  void optedOutBuyerGetsCriticalMessagesButNoReviewRequest() {
    ReviewRequestDe review = new ReviewRequestDe(ORDER, "Frau Keller", "Schneidebrett Eiche", "Jonas");

    assertEquals(MessageService.Outcome.BUYER_OPTED_OUT,
        service.requestReview(review, BuyerFacts.optedOut(), OrderFacts.ordinary()));
    assertEquals(MessageService.Outcome.SENT,
        service.askAboutEngraving(engraving("Schneidebrett Eiche"), BuyerFacts.optedOut(), OrderFacts.ordinary()));
    assertEquals(1, sent.size());
  }

  @Test
  void optedOutBuyerOfACustomOrderStillGetsTheReviewRequest() {
    ReviewRequestDe review = new ReviewRequestDe(ORDER, "Frau Keller", "Schneidebrett Eiche", "Jonas");

    assertEquals(MessageService.Outcome.SENT,
        service.requestReview(review, BuyerFacts.optedOut(), OrderFacts.of(OrderCategory.CUSTOM)));
  }

  @Test
  void catalogListsEveryTemplateOfTheShop() {
    List<String> ids = MessageCatalog.templates().stream().map(MessageDefinition::templateId).toList();

    assertEquals(List.of(
        "com.example.shop.messages.ActivationCode",
        "com.example.shop.messages.DeliveryAddressQuery",
        "com.example.shop.messages.DispatchDelay",
        "com.example.shop.messages.EngravingQuestion",
        "com.example.shop.messages.ReturnQuestion",
        "com.example.shop.messages.ReviewRequestDe",
        "com.example.shop.messages.ReviewRequestUkPersonal",
        "com.example.shop.messages.ReviewRequestUkShort",
        "com.example.shop.messages.SofaDeliveryScheduling"), ids);
  }
}
