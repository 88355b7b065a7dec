package dev.messagepolicy.engine.rules;

/**
 * Reviews must be the buyer's own: no asking for a positive review or a star count, no asking
 * to change or remove a review, no review gating ("if you are happy, review us; if not, contact
 * us first") ({@code phrases/no-review-manipulation/<language>.txt}).
 */
@PolicyRule(
    id = "no-review-manipulation",
    summary = "Asking for a positive review or a star count, to change or remove a review, or review gating",
    guideline = "A review request must be neutral: sellers may not ask for positive reviews, ask buyers to change"
        + " or remove a review, or ask only satisfied buyers to leave one.")
public final class NoReviewManipulationRule extends PhraseRule {

  @Override
  String what() {
    return "the review request steers the buyer's review";
  }

  @Override
  String hint() {
    return "Ask every buyer neutrally for an honest review; never ask for stars, for a change or for a removal.";
  }
}
