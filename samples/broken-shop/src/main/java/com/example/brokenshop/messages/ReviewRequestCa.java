package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Broken (one-message-per-order, without variants): the Canadian shop asks for a review, and
 * ReviewReminderCa asks again; two review requests per order, not declared as variants.
 */
@MessageTemplate(
    subject = "Your order {{orderId}}: would you review it?",
    body = "Hello {{buyerName}}, your order {{orderId}} should have arrived by now. Would you write a"
        + " review of it for other buyers?",
    marketplace = Marketplace.CA)
@ContactReason(Reason.REVIEW_REQUEST)
public record ReviewRequestCa(String orderId, String buyerName) {}
