package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates reason-not-permitted: the marketplace confirms shipment itself. */
@MessageTemplate(
    subject = "Ihre Bestellung {{orderId}} ist unterwegs",
    body = "Hallo {{buyerName}}, wir haben Ihr Paket heute an {{carrier}} übergeben. Viele Grüße, {{staffName}}",
    marketplace = Marketplace.DE)
@ContactReason(Reason.SHIPPING_CONFIRMATION)
public record ShippingConfirmation(String orderId, String buyerName, String carrier, String staffName) {}
