package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Asks the buyer of an engraved cutting board how to handle an engraving text that does not fit
 * on one line. The board is not engraved until the buyer answers, so the message is critical.
 */
@MessageTemplate(
    subject = "[Important] Rückfrage zu Ihrer Gravur – Bestellung {{orderId}}",
    bodyResource = "messages/de/engraving-question.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
@Critical
public record EngravingQuestion(
    OrderId orderId,
    String buyerName,
    String productTitle,
    String engravingText,
    int maxCharactersPerLine,
    String staffName) {}
