package com.shop.reviews;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** The review request of the reviews team, a week after delivery. */
@MessageTemplate(
    subject = "Ihre Meinung zu Ihrer Bestellung {{orderId}}",
    body = "Hallo {{buyerName}}, wie gefällt Ihnen Ihre Bestellung {{orderId}}? Über eine Bewertung freuen wir uns.",
    marketplace = Marketplace.DE)
@ContactReason(Reason.REVIEW_REQUEST)
public record ReviewRequest(String orderId, String buyerName) {}
