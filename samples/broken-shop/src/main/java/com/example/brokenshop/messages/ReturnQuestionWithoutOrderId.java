package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates order-id-required: neither subject nor body names the order. */
@MessageTemplate(
    subject = "Your return of {{productTitle}}",
    body = "Hello {{buyerName}}, you have started a return for {{productTitle}}. Is the board damaged, or did it simply not suit you? If only the oil finish is uneven, we can refinish it for you instead. Best wishes, {{staffName}}",
    marketplace = Marketplace.UK)
@ContactReason(Reason.RETURN_QUESTION)
public record ReturnQuestionWithoutOrderId(String buyerName, String productTitle, String staffName) {}
