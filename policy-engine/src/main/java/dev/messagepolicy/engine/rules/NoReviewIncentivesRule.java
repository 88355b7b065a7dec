package dev.messagepolicy.engine.rules;

/**
 * Nothing in return for a review or feedback: refunds, gifts, discounts, free products,
 * giveaways ({@code phrases/no-review-incentives/<language>.txt}).
 */
@PolicyRule(
    id = "no-review-incentives",
    summary = "Anything offered in return for a review or feedback: refunds, gifts, discounts, free products",
    guideline = "Offering compensation, a refund, a gift, a discount or a free product in exchange for a review"
        + " or feedback is forbidden.")
public final class NoReviewIncentivesRule extends PhraseRule {

  @Override
  String what() {
    return "an incentive is offered for a review or feedback";
  }

  @Override
  String hint() {
    return "Ask for an honest review without offering anything in return.";
  }
}
