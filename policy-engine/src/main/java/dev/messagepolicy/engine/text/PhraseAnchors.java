package dev.messagepolicy.engine.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A literal prefilter for a {@link PhraseMatcher}, in the manner of fast multi-pattern engines:
 * every phrase has an anchor, one of its literal word patterns ({@code bewertung},
 * {@code *gutschein*}, see {@link #anchorOf}), which any match must contain, and a reach: the
 * most tokens its anchor can stand after the phrase's first token (each pattern before it one,
 * each gap before it {@link TokenPattern#MAX_GAP}). The tokens that fit some anchor are found in
 * one pass; a walk can only succeed from a start that some anchor after it reaches back to, so
 * all other starts are skipped. Honest messages, which hold few anchors, cost one lookup per
 * token. A phrase without any literal (only {@code <num>}, {@code <any>} and the like) switches
 * the prefilter off.
 */
final class PhraseAnchors {

  /** A prefilter that lets every start through. */
  static final PhraseAnchors NONE = new PhraseAnchors();

  /** Per anchor, the largest reach of the phrases it anchors. */
  private final Map<String, Integer> words = new HashMap<>();
  private final WildcardEdges<int[]> wildcards = new WildcardEdges<>();
  private boolean everyPhraseAnchored = true;

  private PhraseAnchors() {
    everyPhraseAnchored = false;
  }

  PhraseAnchors(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      TokenPattern anchor = anchorOf(phrase);
      if (anchor == null) {
        everyPhraseAnchored = false;
        continue;
      }
      int reach = reach(phrase, anchor);
      if (anchor.kind() == TokenPattern.Kind.EXACT) {
        words.merge(anchor.core(), reach, Math::max);
      } else {
        int[] known = wildcards.get(anchor);
        if (known == null) {
          wildcards.add(anchor, new int[] {reach});
        } else {
          known[0] = Math.max(known[0], reach);
        }
      }
    }
  }

  /** How many tokens after the phrase's first one its anchor can stand, at most. */
  static int reach(Phrase phrase, TokenPattern anchor) {
    int reach = 0;
    for (TokenPattern pattern : phrase.patterns()) {
      if (pattern == anchor) {
        return reach;
      }
      reach += pattern.kind() == TokenPattern.Kind.GAP ? TokenPattern.MAX_GAP : 1;
    }
    throw new IllegalArgumentException(anchor + " is not a pattern of " + phrase.source());
  }

  /**
   * The anchor of {@code phrase}: its longest whole-word, prefix or suffix pattern, or else its
   * longest infix ({@code *word*} has to be looked for at every character of every token, the
   * others with one lookup or one walk); the first of equals; null if it has no literal.
   */
  static TokenPattern anchorOf(Phrase phrase) {
    TokenPattern best = null;
    for (TokenPattern pattern : phrase.patterns()) {
      boolean literal = switch (pattern.kind()) {
        case EXACT, PREFIX, SUFFIX, INFIX -> !pattern.core().isEmpty();
        default -> false;
      };
      if (literal && (best == null || better(pattern, best))) {
        best = pattern;
      }
    }
    return best;
  }

  private static boolean better(TokenPattern candidate, TokenPattern best) {
    boolean candidateInfix = candidate.kind() == TokenPattern.Kind.INFIX;
    boolean bestInfix = best.kind() == TokenPattern.Kind.INFIX;
    if (candidateInfix != bestInfix) {
      return bestInfix;
    }
    return candidate.core().length() > best.core().length();
  }

  /**
   * For each token, whether a walk from it can find anything: whether an anchor at or after it
   * reaches back to it.
   */
  boolean[] viableStarts(List<Token> tokens) {
    boolean[] viable = new boolean[tokens.size()];
    if (!everyPhraseAnchored) {
      java.util.Arrays.fill(viable, true);
      return viable;
    }
    int earliestReached = Integer.MAX_VALUE; // the smallest start any anchor after s reaches back to
    int[] reach = new int[1];
    java.util.function.Consumer<int[]> widen = r -> reach[0] = Math.max(reach[0], r[0]);
    for (int s = tokens.size() - 1; s >= 0; s--) {
      String token = tokens.get(s).text();
      reach[0] = words.getOrDefault(token, -1);
      wildcards.forEachMatch(token, widen);
      if (reach[0] >= 0) {
        earliestReached = Math.min(earliestReached, s - reach[0]);
      }
      viable[s] = earliestReached <= s;
    }
    return viable;
  }
}
