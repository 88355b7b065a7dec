package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Violates critical-reason: marked @Critical (and tagged [Important]) so that it also reaches
 * buyers who opted out, but an unexpected problem is not a critical reason.
 */
@MessageTemplate(
    subject = "[Important] Your order {{orderId}} will be late",
    body = "Hello {{buyerName}}, your {{productTitle}} will be dispatched on {{newDispatchDate}}, a week later than planned. Best wishes, {{staffName}}",
    marketplace = Marketplace.UK)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
@Critical
public record CriticalDelayNotice(
    String orderId, String buyerName, String productTitle, String newDispatchDate, String staffName) {}
