package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates template-syntax: the body includes {{> signatur}}, but the partial is gruss.mustache. */
@MessageTemplate(
    subject = "Ihre Grußkarte zur Bestellung {{orderId}}",
    bodyResource = "messages/missing-partial-notice.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.ORDER_DETAILS)
public record MissingPartialNotice(String orderId, String buyerName, String staffName) {}
