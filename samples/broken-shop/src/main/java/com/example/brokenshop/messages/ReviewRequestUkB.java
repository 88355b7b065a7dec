package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.Variant;

/** Compliant: the other variant of the UK review request; each order gets one of the two. */
@MessageTemplate(
    subject = "A quick question about order {{orderId}}",
    bodyResource = "messages/review-request-uk-b.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("uk-review")
public record ReviewRequestUkB(String orderId, String buyerName, String productTitle, String staffName) {}
