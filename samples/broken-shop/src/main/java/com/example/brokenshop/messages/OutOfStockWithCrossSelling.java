package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates no-promotions: an out-of-stock notice that advertises another product. */
@MessageTemplate(
    subject = "Your order {{orderId}}: item temporarily out of stock",
    bodyResource = "messages/out-of-stock.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
public record OutOfStockWithCrossSelling(
    String orderId, String buyerName, String productTitle, String restockDate, String staffName) {}
