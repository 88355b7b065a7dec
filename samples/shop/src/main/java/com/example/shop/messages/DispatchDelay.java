package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Tells the buyer that an item leaves the workshop later than the marketplace promised. */
@MessageTemplate(
    subject = "Delay with your order {{orderId}}",
    body = """
        Hello {{buyerName}},

        I'm sorry to say that "{{productTitle}}" from order {{orderId}} will leave our workshop \
        later than planned. Our timber supplier delivered late, and we now expect to dispatch it \
        by {{newDispatchDate}}.

        You don't need to do anything: we'll send it as soon as it's ready. If the new date \
        doesn't suit you, just reply to this message and we'll find a solution together.

        {{> messages/en/sign-off}}
        """,
    marketplace = Marketplace.UK)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
public record DispatchDelay(
    OrderId orderId,
    String buyerName,
    String productTitle,
    String newDispatchDate,
    String staffName) {}
