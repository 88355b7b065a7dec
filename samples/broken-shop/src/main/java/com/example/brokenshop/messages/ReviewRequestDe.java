package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Violates one-message-per-order together with {@link ReviewRequestFollowUpDe}: two review
 * requests for every German order, and they are not declared as variants of one another.
 */
@MessageTemplate(
    subject = "Wie gefällt Ihnen Ihre Bestellung {{orderId}}?",
    bodyResource = "messages/review-request-de.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.REVIEW_REQUEST)
public record ReviewRequestDe(String orderId, String buyerName, String productTitle, String staffName) {}
