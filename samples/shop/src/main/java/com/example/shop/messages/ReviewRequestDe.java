package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;

/** The one review request per order on the German marketplace, sent a week after delivery. */
@MessageTemplate(
    subject = "Ihre Meinung zu Ihrer Bestellung {{orderId}}",
    bodyResource = "messages/de/review-request.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.REVIEW_REQUEST)
@SendWindow(fromDays = 7, toDays = 14)
public record ReviewRequestDe(OrderId orderId, String buyerName, String productTitle, String staffName) {}
