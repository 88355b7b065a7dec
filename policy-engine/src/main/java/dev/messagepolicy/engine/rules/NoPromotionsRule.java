package dev.messagepolicy.engine.rules;

/**
 * No marketing: discounts and coupon codes, sales, cross-selling, newsletters, social-media
 * follow requests, unsubscribe links ({@code phrases/no-promotions/<language>.txt}).
 */
@PolicyRule(
    id = "no-promotions",
    summary = "Marketing and promotional content: discounts, coupons, sales, cross-selling, newsletters",
    guideline = "Buyer messages may not contain marketing or promotional material, coupons, or promotion of"
        + " the seller's own or third-party products.")
public final class NoPromotionsRule extends PhraseRule {

  @Override
  String what() {
    return "promotional content is not allowed in buyer messages";
  }

  @Override
  String hint() {
    return "Remove the promotion; a buyer message may only serve the order.";
  }
}
