package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates important-tag-misuse: a delay notice is not critical, yet its subject says [Important]. */
@MessageTemplate(
    subject = "[Important] Lieferverzögerung bei Bestellung {{orderId}}",
    body = "Hallo {{buyerName}}, Ihr Tisch wird erst am {{newDispatchDate}} fertig, eine Woche später als geplant. Sie müssen nichts weiter tun. Viele Grüße, {{staffName}}",
    marketplace = Marketplace.DE)
@ContactReason(Reason.UNEXPECTED_PROBLEM)
public record DelayNoticeMarkedImportant(String orderId, String buyerName, String newDispatchDate, String staffName) {}
