package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.Variant;

/**
 * Review request on the UK marketplace, variant A of an A/B test: short and plain. Each order
 * gets either this or {@link ReviewRequestUkPersonal}, never both.
 */
@MessageTemplate(
    subject = "How is your {{productTitle}}? (order {{orderId}})",
    bodyResource = "messages/en/review-request-short.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("review-request-uk")
public record ReviewRequestUkShort(OrderId orderId, String buyerName, String productTitle, String staffName) {}
