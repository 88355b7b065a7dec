package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;

/**
 * Broken (send-window and one-message-per-order): scheduled for every order until 45 days after
 * delivery, past the 30 days in which proactive messages are sent; and as a scheduled message it
 * is a second routine message beside the us-review requests.
 */
@MessageTemplate(
    subject = "Assembly appointment for order {{orderId}}",
    body = "Hello {{buyerName}}, our fitter can assemble the table of order {{orderId}} at your home."
        + " Which weekday suits you for the appointment?",
    marketplace = Marketplace.US)
@ContactReason(Reason.SERVICE_APPOINTMENT)
@SendWindow(fromDays = 2, toDays = 45)
public record AssemblyAppointmentUs(String orderId, String buyerName) {}
