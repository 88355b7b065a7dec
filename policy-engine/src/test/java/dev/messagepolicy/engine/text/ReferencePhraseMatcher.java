package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matcher's semantics written as plainly as possible, phrase by phrase and start by start,
 * for equivalence tests. A state is the number of patterns consumed and the tokens the gap there
 * has used; reaching a position before a gap also enters that gap (not a second gap after it).
 */
final class ReferencePhraseMatcher {

  private final List<Phrase> phrases;

  ReferencePhraseMatcher(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /** Every occurrence, ordered by start token, then end token, then phrase index. */
  List<PhraseMatcher.Occurrence> occurrences(List<Token> tokens) {
    List<PhraseMatcher.Occurrence> found = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      int limit = Math.min(tokens.size(), start + PhraseMatcher.MAX_DEPTH);
      List<List<Integer>> endsByPhrase = new ArrayList<>();
      for (Phrase phrase : phrases) {
        endsByPhrase.add(ends(phrase.patterns(), tokens, start, limit));
      }
      for (int end = start; end < limit; end++) {
        for (int p = 0; p < phrases.size(); p++) {
          if (endsByPhrase.get(p).contains(end)) {
            found.add(new PhraseMatcher.Occurrence(p, start, end));
          }
        }
      }
    }
    return found;
  }

  private static List<Integer> ends(List<TokenPattern> patterns, List<Token> tokens, int start, int limit) {
    List<Integer> ends = new ArrayList<>();
    Set<List<Integer>> states = new LinkedHashSet<>();
    states.add(List.of(0, 0));
    for (int j = start; j < limit && !states.isEmpty(); j++) {
      String token = tokens.get(j).text();
      Set<List<Integer>> next = new LinkedHashSet<>();
      for (List<Integer> state : states) {
        int consumed = state.get(0);
        int gapUsed = state.get(1);
        boolean inGap = consumed > 0 && patterns.get(consumed - 1).kind() == TokenPattern.Kind.GAP;
        if (inGap && gapUsed < TokenPattern.MAX_GAP && !PhraseTokens.isSentenceEnd(token)) {
          next.add(List.of(consumed, gapUsed + 1));
        }
        if (consumed < patterns.size() && patterns.get(consumed).kind() != TokenPattern.Kind.GAP
            && patterns.get(consumed).matches(token)) {
          next.add(List.of(consumed + 1, 0));
          if (consumed + 1 < patterns.size() && patterns.get(consumed + 1).kind() == TokenPattern.Kind.GAP) {
            next.add(List.of(consumed + 2, 0));
          }
        }
      }
      if (next.contains(List.of(patterns.size(), 0))) {
        ends.add(j);
      }
      states = next;
    }
    return ends;
  }
}
