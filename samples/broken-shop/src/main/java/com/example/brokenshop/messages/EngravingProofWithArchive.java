package com.example.brokenshop.messages;

import dev.messagepolicy.annotations.Attachment;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;

/**
 * Broken (attachment-limits, twice): the proof files go out as a ZIP archive, which the
 * marketplace does not accept (PDF, Word, images and text only), and the rendered proof PDF may
 * be up to 12 MB, over the 7 MB limit.
 */
@MessageTemplate(
    subject = "Question about the engraving of order {{orderId}}",
    body = "Hello {{buyerName}}, attached is the proof of the engraving for order {{orderId}}."
        + " Is the text spelled the way you want it?",
    marketplace = Marketplace.US)
@ContactReason(Reason.PRODUCT_CUSTOMIZATION)
@Attachment(resource = "attachments/engraving-proof-files.zip")
@Attachment(mediaType = "application/pdf", maxBytes = 12_000_000, name = "proof")
public record EngravingProofWithArchive(String orderId, String buyerName) {}
