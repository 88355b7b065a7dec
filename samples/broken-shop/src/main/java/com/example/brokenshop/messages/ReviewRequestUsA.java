package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;
import dev.messagepolicy.annotations.Variant;

/**
 * Broken (one-message-per-order, with variants): this A/B pair of review requests counts as one
 * message, in a permitted window; but the shop also schedules AssemblyAppointmentUs for every US
 * order, so each order would get two routine messages.
 */
@MessageTemplate(
    subject = "Your order {{orderId}}: would you review it?",
    body = "Hello {{buyerName}}, your order {{orderId}} should have arrived by now. If you have a minute,"
        + " would you write a review of it? Your experience helps other buyers choose.",
    marketplace = Marketplace.US)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("us-review")
@SendWindow(fromDays = 7, toDays = 21)
public record ReviewRequestUsA(String orderId, String buyerName) {}
