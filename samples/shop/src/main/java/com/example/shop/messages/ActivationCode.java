package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Delivers the licence key of the Room Planner Pro app bought as a digital item. The marketplace
 * takes at most 400 characters for this kind of message, so it is short.
 */
@MessageTemplate(
    subject = "Activation code for order {{orderId}}",
    body = """
        Hi {{buyerName}},

        here is the activation code for Room Planner Pro from order {{orderId}}:

        {{activationCode}}

        Open the app, go to Settings > License and enter the code. It works on one device. \
        If the app doesn't accept it, reply to this message and we'll look into it.

        Wohnwerk Berlin support
        """,
    marketplace = Marketplace.US)
@ContactReason(Reason.DIGITAL_ACCESS_KEY)
public record ActivationCode(OrderId orderId, String buyerName, String activationCode) {}
