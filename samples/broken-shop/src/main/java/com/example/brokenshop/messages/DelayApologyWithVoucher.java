package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates no-promotions: a delay notice that hands out a voucher code for the next purchase. */
@MessageTemplate(
    subject = "Verzögerung bei Ihrer Bestellung {{orderId}}",
    bodyResource = "messages/delay-apology.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
public record DelayApologyWithVoucher(String orderId, String buyerName, String newDispatchDate, String staffName) {}
