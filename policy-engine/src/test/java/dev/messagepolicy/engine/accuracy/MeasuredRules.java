package dev.messagepolicy.engine.accuracy;

import java.util.List;

/**
 * The rules the corpus measures: every content rule of issue 4, the two subject-tag declaration
 * rules, and order-id-required (the corpus names the order in every proactive message, so a
 * message that does not is a labelled case). A corpus label may only use these ids.
 */
final class MeasuredRules {

  static final List<String> IDS = List.of(
      "no-links",
      "no-email-addresses",
      "no-phone-numbers",
      "no-promotions",
      "no-review-incentives",
      "no-review-manipulation",
      "repeats-order-info",
      "no-cancellation-request",
      "thank-you-only",
      "critical-content",
      "no-emoji",
      "no-images",
      "html-formatting",
      "marketplace-language",
      "critical-subject-tag",
      "important-tag-misuse",
      "order-id-required");

  private MeasuredRules() {}
}
