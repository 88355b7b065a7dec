package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Asks for the missing part of a delivery address the courier cannot deliver to, for instance a
 * flat number. {@code addressProblem} is one sentence from the dispatch team.
 */
@MessageTemplate(
    subject = "[Important] Additional Information Required: delivery address for order {{orderId}}",
    body = """
        Hello {{buyerName}},

        We're about to dispatch order {{orderId}}, but our courier has flagged the delivery address \
        as incomplete: {{addressProblem}}

        Could you reply with the full address, including the flat or house number? As soon as we \
        have it, your parcel goes out with the next collection.

        {{> messages/en/sign-off}}
        """,
    marketplace = Marketplace.UK)
@ContactReason(Reason.DELIVERY_ADDRESS)
@Critical
public record DeliveryAddressQuery(OrderId orderId, String buyerName, String addressProblem, String staffName) {}
