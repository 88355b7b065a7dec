package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Compliant: a critical delivery address question with a one-line inline body. */
@MessageTemplate(
    subject = "[Important] Additional Information Required: address for order {{orderId}}",
    body = "Hello {{buyerName}}, the courier could not find house number {{houseNumber}} in {{street}}. Could you check the address and reply with any details the driver needs? Thank you, {{staffName}}",
    marketplace = Marketplace.UK)
@ContactReason(Reason.DELIVERY_ADDRESS)
@Critical
public record DeliveryAddressQuestion(
    String orderId, String buyerName, String houseNumber, String street, String staffName) {}
