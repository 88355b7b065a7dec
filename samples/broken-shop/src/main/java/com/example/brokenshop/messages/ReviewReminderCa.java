package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;

/**
 * Broken (send-window and one-message-per-order): a second review request for the same orders,
 * scheduled 2 to 10 days after delivery, while review requests may go out only from day 5.
 */
@MessageTemplate(
    subject = "About your order {{orderId}}",
    body = "Hello {{buyerName}}, has order {{orderId}} arrived? We would be glad to read your review.",
    marketplace = Marketplace.CA)
@ContactReason(Reason.REVIEW_REQUEST)
@SendWindow(fromDays = 2, toDays = 10)
public record ReviewReminderCa(String orderId, String buyerName) {}
