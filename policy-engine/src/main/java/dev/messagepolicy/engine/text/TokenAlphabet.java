package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every distinct word pattern of a set of phrases numbered as a symbol, so that a text's tokens
 * are compared with all patterns once ({@link #classify}) and a matcher then follows its edges by
 * int. A token has at most one whole-word symbol; the {@code word*}, {@code *word} and
 * {@code *word*} symbols it fits come from character tries, in the order the tries report them
 * (prefixes, suffixes, then infixes by position, shorter cores first); {@code <num>},
 * {@code <code>}, {@code <var>} and {@code <any>} are flags.
 */
final class TokenAlphabet {

  private final Map<TokenPattern, Integer> symbols = new HashMap<>();
  private final List<TokenPattern> patterns = new ArrayList<>();
  private final Map<String, Integer> words = new HashMap<>();
  private final WildcardEdges<Integer> wildcards = new WildcardEdges<>();
  private int specialKinds;

  TokenAlphabet(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      for (TokenPattern pattern : phrase.patterns()) {
        if (pattern.kind() != TokenPattern.Kind.GAP && !symbols.containsKey(pattern)) {
          add(pattern);
        }
      }
    }
  }

  private void add(TokenPattern pattern) {
    int symbol = patterns.size();
    patterns.add(pattern);
    symbols.put(pattern, symbol);
    switch (pattern.kind()) {
      case EXACT -> words.put(pattern.core(), symbol);
      case PREFIX, SUFFIX, INFIX -> wildcards.add(pattern, symbol);
      default -> specialKinds |= specialBit(pattern.kind());
    }
  }

  /** How many symbols there are; they are numbered from 0. */
  int size() {
    return patterns.size();
  }

  /** The symbol of {@code pattern}, or -1 for a gap or a pattern of no phrase given. */
  int symbolOf(TokenPattern pattern) {
    Integer symbol = symbols.get(pattern);
    return symbol == null ? -1 : symbol;
  }

  TokenPattern.Kind kindOf(int symbol) {
    return patterns.get(symbol).kind();
  }

  /** The bit standing for a {@code <num>}, {@code <code>}, {@code <var>} or {@code <any>} pattern. */
  static int specialBit(TokenPattern.Kind kind) {
    return switch (kind) {
      case NUMBER -> 1;
      case CODE -> 2;
      case VARIABLE -> 4;
      case ANY -> 8;
      default -> 0;
    };
  }

  private static final TokenPattern[] SPECIALS = {
    TokenPattern.special("<num>"), TokenPattern.special("<code>"), TokenPattern.special("<var>"), TokenPattern.special("<any>")};

  /** The symbols each of {@code tokens} fits. */
  TokenSymbols classify(List<Token> tokens) {
    int n = tokens.size();
    int[] exact = new int[n];
    int[][] wild = new int[n][];
    byte[] specials = new byte[n];
    boolean[] sentenceEnds = new boolean[n];
    Collector found = null;
    for (int t = 0; t < n; t++) {
      String token = tokens.get(t).text();
      TokenClass known = seen.get(token);
      if (known == null) {
        found = found == null ? new Collector() : found;
        known = classOf(token, found);
        if (seen.size() < SEEN_LIMIT) {
          seen.put(token, known);
        }
      }
      exact[t] = known.exact();
      wild[t] = known.wildcards();
      specials[t] = known.specials();
      sentenceEnds[t] = known.sentenceEnd();
    }
    return new TokenSymbols(this, exact, wild, specials, sentenceEnds);
  }

  /** What one token fits; the same for every occurrence of the token, so kept in {@link #seen}. */
  private record TokenClass(int exact, int[] wildcards, byte specials, boolean sentenceEnd) {}

  /**
   * Tokens already classified. Most of a text's tokens are common words seen before, and one
   * lookup replaces the walks of the wildcard tries. Bounded, so that numbers and codes cannot
   * grow it without end; shared by all threads.
   */
  private final Map<String, TokenClass> seen = new ConcurrentHashMap<>();
  private static final int SEEN_LIMIT = 50_000;

  private TokenClass classOf(String token, Collector found) {
    Integer word = words.get(token);
    found.count = 0;
    wildcards.forEachMatch(token, found);
    int[] wild = found.count == 0 ? TokenSymbols.NONE : Arrays.copyOf(found.symbols, found.count);
    int mask = 0;
    for (TokenPattern special : SPECIALS) {
      int bit = specialBit(special.kind());
      if ((specialKinds & bit) != 0 && special.matches(token)) {
        mask |= bit;
      }
    }
    return new TokenClass(word == null ? -1 : word, wild, (byte) mask, PhraseTokens.isSentenceEnd(token));
  }

  /** The wildcard symbols one token fits, each once, at its first report. */
  private static final class Collector implements Consumer<Integer> {
    int[] symbols = new int[8];
    int count;

    @Override
    public void accept(Integer symbol) {
      for (int k = 0; k < count; k++) {
        if (symbols[k] == symbol) {
          return; // an infix found again further on in the token
        }
      }
      if (count == symbols.length) {
        symbols = Arrays.copyOf(symbols, count * 2);
      }
      symbols[count++] = symbol;
    }
  }
}
