package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.text.CustomPhrases;
import dev.messagepolicy.engine.text.Phrase;
import dev.messagepolicy.engine.text.PhraseList;
import dev.messagepolicy.engine.text.PhraseMatcher;
import dev.messagepolicy.engine.text.PhraseTokens;
import dev.messagepolicy.engine.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of every phrase rule in one {@link PhraseMatcher}, each rule's phrases a contiguous
 * range of it in pack order, so that a subject or body is matched once for all phrase rules
 * (see {@link dev.messagepolicy.engine.text.BuyerText#occurrences}) and each rule then takes its
 * own matches as its own matcher would have found them.
 */
final class CombinedPhrases {

  private final PhraseMatcher matcher;
  private final Map<String, int[]> ranges = new HashMap<>();

  CombinedPhrases(CustomPhrases custom) {
    List<Phrase> all = new ArrayList<>();
    for (String rule : PhrasePacks.RULE_IDS.stream().sorted().toList()) {
      int from = all.size();
      all.addAll(PhraseList.builtIn(rule));
      all.addAll(custom.forRule(rule));
      ranges.put(rule, new int[] {from, all.size()});
    }
    this.matcher = new PhraseMatcher(all);
  }

  PhraseMatcher matcher() {
    return matcher;
  }

  /** The matches of {@code rule}'s phrases among {@code occurrences} of all phrases. */
  List<PhraseMatcher.Match> select(String rule, List<Token> tokens, List<PhraseMatcher.Occurrence> occurrences) {
    return select(rule, PhraseTokens.Spans.of(tokens), occurrences);
  }

  /** As {@link #select(String, List, List)}, on tokens split by {@link PhraseTokens#split}. */
  List<PhraseMatcher.Match> select(String rule, PhraseTokens.Spans tokens, List<PhraseMatcher.Occurrence> occurrences) {
    int[] range = ranges.get(rule);
    if (range == null) {
      throw new IllegalArgumentException(rule + " is not a phrase rule");
    }
    return matcher.select(tokens, occurrences, range[0], range[1]);
  }
}
