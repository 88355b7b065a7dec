package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import java.util.List;

/** Violates template-syntax: the body opens {{#backorderedItems}} and never closes it. */
@MessageTemplate(
    subject = "Part of your order {{orderId}} is delayed",
    bodyResource = "messages/unclosed-section-notice.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
public record UnclosedSectionNotice(
    String orderId, String buyerName, List<Item> backorderedItems, String staffName) {

  /** One item that has not arrived from the supplier yet. */
  public record Item(String title, String expectedDate) {}
}
