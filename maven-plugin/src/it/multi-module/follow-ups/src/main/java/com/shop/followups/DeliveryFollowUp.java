package com.shop.followups;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** The follow-up team's own review request: a second routine message for the same orders. */
@MessageTemplate(
    subject = "Ihre Bestellung {{orderId}}",
    bodyResource = "messages/follow-up.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.REVIEW_REQUEST)
public record DeliveryFollowUp(String orderId, String buyerName) {}
