package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;
import dev.messagepolicy.annotations.Variant;

/** Broken (one-message-per-order, with variants): the other half of the us-review A/B test. */
@MessageTemplate(
    subject = "How is your order {{orderId}}?",
    body = "Hello {{buyerName}}, we hope order {{orderId}} arrived safely. Would you share your"
        + " experience with other buyers in a review?",
    marketplace = Marketplace.US)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("us-review")
@SendWindow(fromDays = 7, toDays = 21)
public record ReviewRequestUsB(String orderId, String buyerName) {}
