package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MaxLength;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Broken (message-length): a customization question may have at most 800 characters. The static
 * text alone fits, but with the engraving text (up to 300 characters, declared with @MaxLength)
 * the body runs past the limit at the engraving text.
 */
@MessageTemplate(
    subject = "Question about the engraving of order {{orderId}}",
    bodyResource = "messages/engraving-options.mustache",
    marketplace = Marketplace.US)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
public record EngravingOptionsTooLong(String orderId, String buyerName, String staffName,
    @MaxLength(300) String engravingText) {}
