package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return classify(PhraseTokens.Spans.of(tokens));
  }

  /** The symbols each of {@code tokens} fits. */
  TokenSymbols classify(PhraseTokens.Spans tokens) {
    int n = tokens.size();
    int[] exact = new int[n];
    int[][] wild = new int[n][];
    byte[] specials = new byte[n];
    boolean[] sentenceEnds = new boolean[n];
    Collector found = null;
    for (int t = 0; t < n; t++) {
      String key = tokens.keyText(t);
      int start = tokens.keyStart(t);
      int end = tokens.keyEnd(t);
      int hash = SeenTokens.hash(key, start, end);
      TokenClass known = seen.get(key, start, end, hash);
      if (known == null) {
        found = found == null ? new Collector() : found;
        String token = tokens.text(t);
        known = classOf(token, found);
        seen.put(token, hash, known);
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
  private final SeenTokens seen = new SeenTokens();
  private static final int SEEN_LIMIT = 50_000;

  /**
   * The classes of tokens seen so far, looked up by a range of a text so that no substring is
   * made for a token seen before: open addressing over {@link String#hashCode()}'s hash, grown
   * by doubling up to {@link #SEEN_LIMIT} entries.
   *
   * <p>Shared by all threads without locks: an entry is immutable (final fields) and written to
   * its slot whole, so a reader sees either nothing or the entry complete. Two threads may write
   * the same free slot at once, or one may grow the table while another adds to the old one; the
   * entry lost is classified again when next seen. A lookup only ever finds a token's own class,
   * so the results are the same as with no cache at all.
   */
  private static final class SeenTokens {
    private record Entry(String token, int hash, TokenClass value) {}

    private volatile Entry[] slots = new Entry[1024];
    /** Entries in {@link #slots}; racy, so approximate, which is all the bound needs. */
    private int count;

    static int hash(String text, int start, int end) {
      int hash = 0;
      for (int i = start; i < end; i++) {
        hash = 31 * hash + text.charAt(i);
      }
      return hash;
    }

    /** The class of the token {@code text[start, end)} with hash {@code hash}, or null. */
    TokenClass get(String text, int start, int end, int hash) {
      Entry[] table = slots;
      int mask = table.length - 1;
      int length = end - start;
      int slot = spread(hash) & mask;
      for (int probe = 0; probe < table.length; probe++, slot = (slot + 1) & mask) {
        Entry entry = table[slot];
        if (entry == null) {
          return null;
        }
        if (entry.hash() == hash && entry.token().length() == length
            && entry.token().regionMatches(0, text, start, length)) {
          return entry.value();
        }
      }
      return null;
    }

    void put(String token, int hash, TokenClass value) {
      if (count >= SEEN_LIMIT) {
        return;
      }
      Entry[] table = slots;
      if (2 * (count + 1) > table.length) { // at most half full, so probes stay short and end
        table = grown(table);
        slots = table;
      }
      insert(table, new Entry(token, hash, value));
      count++;
    }

    private static Entry[] grown(Entry[] table) {
      Entry[] larger = new Entry[table.length * 2];
      for (Entry entry : table) {
        if (entry != null) {
          insert(larger, entry);
        }
      }
      return larger;
    }

    private static void insert(Entry[] table, Entry entry) {
      int mask = table.length - 1;
      int slot = spread(entry.hash()) & mask;
      for (int probe = 0; probe < table.length; probe++, slot = (slot + 1) & mask) {
        if (table[slot] == null) {
          table[slot] = entry;
          return;
        }
      }
      // full only if racing threads outran the count: the entry is left out
    }

    /** Spreads the high bits down, as {@code HashMap} does, so that similar words do not cluster. */
    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }

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
