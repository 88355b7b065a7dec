/**
 * The API that shops write their buyer messages against.
 *
 * <p>Each message a shop sends to marketplace buyers is declared as a <em>template class</em>:
 * <pre>{@code
 * @MessageTemplate(
 *     subject = "[Important] Additional Information Required for order {{orderId}}",
 *     bodyResource = "messages/engraving-question.mustache",
 *     marketplace = Marketplace.DE)
 * @ContactReason(Reason.PRODUCT_CUSTOMIZATION)
 * @Critical
 * public record EngravingQuestion(String orderId, String buyerName, String engravingText) {}
 * }</pre>
 * The message-policy annotation processor checks every such class at compile time, and the
 * message-policy Maven plugin checks them again in {@code verify}, against the marketplace's
 * messaging rules.
 */
package dev.messagepolicy.annotations;
