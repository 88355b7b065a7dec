package dev.messagepolicy.engine.text;

import java.util.Arrays;
import java.util.List;

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

  /** Per symbol of the alphabet, the largest reach of the phrases it anchors, or -1. */
  private final int[] reachBySymbol;
  private final TokenAlphabet alphabet;
  private final boolean everyPhraseAnchored;

  private PhraseAnchors() {
    reachBySymbol = new int[0];
    alphabet = null;
    everyPhraseAnchored = false;
  }

  /** The anchors of {@code phrases} (tests; a matcher shares its alphabet instead). */
  PhraseAnchors(List<Phrase> phrases) {
    this(phrases, new TokenAlphabet(phrases));
  }

  /** The anchors of {@code phrases}, whose patterns are all symbols of {@code alphabet}. */
  PhraseAnchors(List<Phrase> phrases, TokenAlphabet alphabet) {
    this.alphabet = alphabet;
    this.reachBySymbol = new int[alphabet.size()];
    Arrays.fill(reachBySymbol, -1);
    boolean all = true;
    for (Phrase phrase : phrases) {
      TokenPattern anchor = anchorOf(phrase);
      if (anchor == null) {
        all = false;
        continue;
      }
      int symbol = alphabet.symbolOf(anchor);
      reachBySymbol[symbol] = Math.max(reachBySymbol[symbol], reach(phrase, anchor));
    }
    this.everyPhraseAnchored = all;
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
    return viableStarts(alphabet == null ? null : alphabet.classify(PhraseTokens.Spans.of(tokens)), tokens.size());
  }

  /** As {@link #viableStarts(List)}, on tokens already classified by this prefilter's alphabet. */
  boolean[] viableStarts(TokenSymbols symbols, int tokenCount) {
    boolean[] viable = new boolean[tokenCount];
    if (!everyPhraseAnchored) {
      Arrays.fill(viable, true);
      return viable;
    }
    int earliestReached = Integer.MAX_VALUE; // the smallest start any anchor after s reaches back to
    for (int s = tokenCount - 1; s >= 0; s--) {
      int exact = symbols.exact(s);
      int reach = exact < 0 ? -1 : reachBySymbol[exact];
      for (int symbol : symbols.wildcards(s)) {
        reach = Math.max(reach, reachBySymbol[symbol]);
      }
      if (reach >= 0) {
        earliestReached = Math.min(earliestReached, s - reach);
      }
      viable[s] = earliestReached <= s;
    }
    return viable;
  }
}
