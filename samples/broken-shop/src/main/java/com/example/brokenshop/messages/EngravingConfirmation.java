package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Compliant: a critical customization question, tagged [Important]. */
@MessageTemplate(
    subject = "[Important] Frage zu Ihrer Gravur – Bestellung {{orderId}}",
    bodyResource = "messages/engraving-confirmation.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
@Critical
public record EngravingConfirmation(String orderId, String buyerName, String engravingText, String staffName) {}
