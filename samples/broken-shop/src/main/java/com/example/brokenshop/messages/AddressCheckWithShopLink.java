package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Violates no-links: the link is split by a variable (www.{{shopDomain}}.co.uk), in an inline
 * text-block body, so the finding's line is counted from the text block's opening quotes.
 */
@MessageTemplate(
    subject = "[Important] Additional Information Required: postcode for order {{orderId}}",
    body = """
        Hello {{buyerName}},

        the postcode {{postcode}} does not match the town in your delivery address.
        Please reply with the correct postcode, or update your address
        at www.{{shopDomain}}.co.uk/account before we dispatch the parcel.

        Best wishes,
        {{staffName}}
        """,
    marketplace = Marketplace.UK)
@ContactReason(Reason.DELIVERY_ADDRESS)
@Critical
public record AddressCheckWithShopLink(
    String orderId, String buyerName, String postcode, String shopDomain, String staffName) {}
