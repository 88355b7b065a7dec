package dev.messagepolicy.engine.text;

/**
 * The symbols of a {@link TokenAlphabet} each token of one text fits, found once per text so
 * that matching never compares strings again.
 */
final class TokenSymbols {

  static final int[] NONE = new int[0];

  private final TokenAlphabet alphabet;
  private final int[] exact;
  private final int[][] wildcards;
  private final byte[] specials;
  private final boolean[] sentenceEnds;

  TokenSymbols(TokenAlphabet alphabet, int[] exact, int[][] wildcards, byte[] specials, boolean[] sentenceEnds) {
    this.alphabet = alphabet;
    this.exact = exact;
    this.wildcards = wildcards;
    this.specials = specials;
    this.sentenceEnds = sentenceEnds;
  }

  int size() {
    return exact.length;
  }

  /** The whole-word symbol of token {@code t}, or -1. */
  int exact(int t) {
    return exact[t];
  }

  /** The {@code word*}, {@code *word} and {@code *word*} symbols token {@code t} fits, in trie order. */
  int[] wildcards(int t) {
    return wildcards[t];
  }

  boolean isSentenceEnd(int t) {
    return sentenceEnds[t];
  }

  /** Whether token {@code t} fits the {@code <num>}, {@code <code>}, {@code <var>} or {@code <any>} {@code symbol}. */
  boolean fitsSpecial(int t, int symbol) {
    return (specials[t] & TokenAlphabet.specialBit(alphabet.kindOf(symbol))) != 0;
  }

  /** Whether token {@code t} fits {@code symbol}, whatever its kind. */
  boolean fits(int t, int symbol) {
    return switch (alphabet.kindOf(symbol)) {
      case EXACT -> exact[t] == symbol;
      case PREFIX, SUFFIX, INFIX -> contains(wildcards[t], symbol);
      default -> fitsSpecial(t, symbol);
    };
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
