package dev.messagepolicy.engine.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A literal prefilter for a {@link PhraseMatcher}, in the manner of fast multi-pattern engines:
 * every phrase has an anchor, one of its literal word patterns ({@code bewertung},
 * {@code *gutschein*}, see {@link #anchorOf}), which any match must contain. The tokens that fit some anchor are found
 * in one pass; a walk can only succeed from a token that has an anchor within
 * {@link PhraseMatcher#MAX_DEPTH} tokens, so all other starts are skipped. Honest messages,
 * which hold no anchor at all, cost one lookup per token. A phrase without any literal (only
 * {@code <num>}, {@code <any>} and the like) switches the prefilter off.
 */
final class PhraseAnchors {

  /** A prefilter that lets every start through. */
  static final PhraseAnchors NONE = new PhraseAnchors();

  private final Set<String> words = new HashSet<>();
  private final WildcardEdges<Boolean> wildcards = new WildcardEdges<>();
  private boolean everyPhraseAnchored = true;

  private PhraseAnchors() {
    everyPhraseAnchored = false;
  }

  PhraseAnchors(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      TokenPattern anchor = anchorOf(phrase);
      if (anchor == null) {
        everyPhraseAnchored = false;
      } else if (anchor.kind() == TokenPattern.Kind.EXACT) {
        words.add(anchor.core());
      } else if (wildcards.get(anchor) == null) {
        wildcards.add(anchor, Boolean.TRUE);
      }
    }
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
   * For each token, whether a walk from it can find anything: {@code true} where an anchor lies
   * in the {@code depth} tokens that start there.
   */
  boolean[] viableStarts(List<Token> tokens, int depth) {
    boolean[] viable = new boolean[tokens.size()];
    if (!everyPhraseAnchored) {
      java.util.Arrays.fill(viable, true);
      return viable;
    }
    int nextAnchor = Integer.MAX_VALUE;
    for (int s = tokens.size() - 1; s >= 0; s--) {
      String token = tokens.get(s).text();
      if (words.contains(token) || wildcards.anyMatch(token)) {
        nextAnchor = s;
      }
      viable[s] = nextAnchor != Integer.MAX_VALUE && nextAnchor - s < depth;
    }
    return viable;
  }
}
