package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Violates one-message-per-order together with {@link ReviewRequestDe}: a reminder sent a week
 * after the first review request is a second routine message for the same order.
 */
@MessageTemplate(
    subject = "Erinnerung: Ihre Bewertung zur Bestellung {{orderId}}",
    bodyResource = "messages/review-follow-up-de.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.REVIEW_REQUEST)
public record ReviewRequestFollowUpDe(String orderId, String buyerName, String productTitle, String staffName) {}
