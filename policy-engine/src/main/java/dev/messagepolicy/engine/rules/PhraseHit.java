package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A phrase found in the buyer's view of a subject or body, with its range mapped back to the
 * part's skeleton, and the way phrase rules report it: the excerpt, the phrase family and the
 * language, so that a user sees why.
 */
record PhraseHit(MessagePart part, PhraseMatcher.Match match, int start, int end) {

  /** Every phrase of {@code matcher} in the subject and body of {@code model}, subject first. */
  static List<PhraseHit> in(MessageModel model, PhraseMatcher matcher) {
    List<PhraseHit> hits = new ArrayList<>();
    for (MessagePart part : model.parts()) {
      BuyerText text = BuyerText.of(part);
      for (PhraseMatcher.Match match : matcher.find(text.tokens())) {
        hits.add(new PhraseHit(part, match, text.skeletonStart(match.start()), text.skeletonEnd(match.end())));
      }
    }
    return hits;
  }

  String family() {
    return match.phrase().family();
  }

  /** Reports this hit: {@code what: "excerpt" (family, language)}. */
  void report(MessageModel model, RuleContext context, String what, String hint) {
    context.reportText(model.source(), part, start, end,
        what + ": \"" + part.excerpt(start, end) + "\" (" + family() + ", " + match.phrase().language() + ")", hint);
  }
}
