package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates no-links twice: a URL with scheme and a bare domain in the body. */
@MessageTemplate(
    subject = "Pflegehinweise zu Ihrer Bestellung {{orderId}}",
    bodyResource = "messages/care-tips.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.ORDER_DETAILS)
public record CareTipsWithLinks(String orderId, String buyerName, String staffName) {}
