package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.Variant;

/**
 * Review request on the UK marketplace, variant B of an A/B test: signed by the person who
 * built the piece. Each order gets either this or {@link ReviewRequestUkShort}, never both.
 */
@MessageTemplate(
    subject = "A note from the workshop about order {{orderId}}",
    bodyResource = "messages/en/review-request-personal.mustache",
    marketplace = Marketplace.UK)
@ContactReason(Reason.REVIEW_REQUEST)
@Variant("review-request-uk")
public record ReviewRequestUkPersonal(OrderId orderId, String buyerName, String productTitle, String staffName) {}
