package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/** Violates critical-subject-tag: critical, but the subject has no [Important]. */
@MessageTemplate(
    subject = "Question about the engraving for order {{orderId}}",
    body = "Hello {{buyerName}}, the engraving text you sent has {{length}} characters, but only 20 fit on the lid of the box. Could you send us a shorter text? Best wishes, {{staffName}}",
    marketplace = Marketplace.UK)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
@Critical
public record EngravingQuestionWithoutImportantTag(String orderId, String buyerName, int length, String staffName) {}
