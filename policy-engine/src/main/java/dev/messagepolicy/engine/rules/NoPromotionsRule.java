package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.PhraseList;
import java.util.List;

/**
 * No marketing: discounts and coupon codes, sales, cross-selling, newsletters, social-media
 * follow requests, unsubscribe links. Phrase lists per language are data
 * ({@code phrases/no-promotions/<language>.txt}); every list is applied to every template, since
 * a German coupon on a US marketplace is still a coupon.
 */
@PolicyRule(
    id = "no-promotions",
    summary = "Marketing and promotional content: discounts, coupons, sales, cross-selling, newsletters",
    guideline = "Buyer messages may not contain marketing or promotional material, coupons, or promotion of"
        + " the seller's own or third-party products.")
public final class NoPromotionsRule implements TemplateRule {

  static final List<String> LANGUAGES = List.of("en", "de");

  /** Loaded on first use, once per class loader. */
  private static final class Phrases {
    static final PhraseList LIST = PhraseList.load("no-promotions", LANGUAGES);
  }

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      for (PhraseList.Match match : Phrases.LIST.find(part.skeleton())) {
        context.reportText(model.source(), part, match.start(), match.end(),
            "promotional content is not allowed in buyer messages: \"" + part.excerpt(match.start(), match.end())
                + "\" (" + match.phrase().family() + ", " + match.phrase().language() + ")",
            "Remove the promotion; a buyer message may only serve the order.");
      }
    }
  }
}
