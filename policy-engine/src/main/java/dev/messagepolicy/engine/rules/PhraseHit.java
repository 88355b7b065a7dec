package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.CustomPhrases;
import dev.messagepolicy.engine.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A phrase found in the buyer's view of a subject or body, with its range mapped back to the
 * part's skeleton, and the way phrase rules report it: the excerpt, the phrase family and the
 * language, so that a user sees why.
 */
record PhraseHit(MessagePart part, PhraseMatcher.Match match, int start, int end) {

  /**
   * Every phrase of {@code rule} (built-in and the shop's own) in the subject and body of
   * {@code model}, subject first; all phrase rules share one pass over each part.
   */
  static List<PhraseHit> in(MessageModel model, String rule, CustomPhrases custom) {
    CombinedPhrases phrases = PhrasePacks.combined(custom);
    List<PhraseHit> hits = new ArrayList<>();
    for (MessagePart part : model.parts()) {
      BuyerText text = BuyerText.of(part);
      List<PhraseMatcher.Occurrence> occurrences = text.occurrences(phrases.matcher());
      for (PhraseMatcher.Match match : phrases.select(rule, text.tokens(), occurrences)) {
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
