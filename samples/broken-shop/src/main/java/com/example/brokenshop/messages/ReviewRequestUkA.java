package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.Variant;

/** Compliant: two review requests on one marketplace are fine as variants of one A/B test. */
@MessageTemplate(
    subject = "Your order {{orderId}}: would you review it?",
    bodyResource = "messages/review-request-uk-a.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("uk-review")
public record ReviewRequestUkA(String orderId, String buyerName, String productTitle, String staffName) {}
