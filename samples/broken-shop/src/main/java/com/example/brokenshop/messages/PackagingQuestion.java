package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import java.util.List;

/**
 * Broken (unknown-variable): inside the items section the body names {{itemTitle}}, but an item
 * has a title; and it opens a section {{#giftWraped}} (a typo) that the class does not have.
 * Mustache would render both as nothing.
 */
@MessageTemplate(
    subject = "Question about the packaging of order {{orderId}}",
    bodyResource = "messages/packaging-question.mustache",
    marketplace = Marketplace.US)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
public record PackagingQuestion(String orderId, String buyerName, String staffName, List<Item> items,
    boolean giftWrapped) {

  /** One ordered item. */
  public record Item(String title, int quantity) {}
}
