package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Sent when a buyer files a return as "arrived damaged": asks what is damaged, and offers a
 * spare part where one broken piece would otherwise send a whole chair back.
 */
@MessageTemplate(
    subject = "Ihre Rücksendung zur Bestellung {{orderId}}",
    bodyResource = "messages/de/return-question.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.RETURN_QUESTION)
public record ReturnQuestion(OrderId orderId, String buyerName, String productTitle, String staffName) {}
