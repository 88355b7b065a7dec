package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SuppressPolicy;

/**
 * Violates suppression-justification: the download link is silenced without saying why. (The
 * no-links finding itself is suppressed; the missing justification is what gets reported.)
 */
@MessageTemplate(
    subject = "Activation code for order {{orderId}}",
    bodyResource = "messages/planner-download.mustache",
    marketplace = Marketplace.US)
@ContactReason(Reason.DIGITAL_ACCESS_KEY)
@SuppressPolicy("no-links")
public record PlannerDownloadUnjustifiedSuppression(
    String orderId, String buyerName, String activationCode, String staffName) {}
