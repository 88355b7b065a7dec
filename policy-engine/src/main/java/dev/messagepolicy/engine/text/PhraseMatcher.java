package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All phrases of a rule compiled into one trie over tokens ({@link PhraseTrie}). A text's tokens
 * are compared with every pattern once ({@link TokenAlphabet#classify}); the walks then follow
 * edges by int. From each token the trie is walked at most {@link Phrase#MAX_LENGTH} plus the
 * gaps' tokens deep, and the states alive at once are bounded by the trie's nodes: the time is
 * linear in the text for any phrase pack, built-in or user-supplied. Immutable once built, so one
 * instance serves all threads.
 */
public final class PhraseMatcher {

  /** A phrase found in a text: the phrase and the half-open character range it covers. */
  public record Match(Phrase phrase, int start, int end) {}

  /** The most tokens one match can span, so the furthest a walk goes from its start. */
  static final int MAX_DEPTH = Phrase.MAX_LENGTH + Phrase.MAX_GAPS * TokenPattern.MAX_GAP;
  /** A walk's state is a node and the tokens its gap has used: node * GAP_STATES + used. */
  private static final int GAP_STATES = TokenPattern.MAX_GAP + 1;

  private final List<Phrase> phrases;
  private final TokenAlphabet alphabet;
  private final PhraseTrie trie;
  private final PhraseAnchors anchors;

  /** Compiles {@code phrases}; where two match the same text, the earlier one is reported. */
  public PhraseMatcher(List<Phrase> phrases) {
    this(phrases, true);
  }

  /** With or without the {@link PhraseAnchors} prefilter (tests compare the two). */
  PhraseMatcher(List<Phrase> phrases, boolean prefilter) {
    this.phrases = List.copyOf(phrases);
    this.alphabet = new TokenAlphabet(this.phrases);
    this.trie = new PhraseTrie(this.phrases, alphabet);
    this.anchors = prefilter ? new PhraseAnchors(this.phrases, alphabet) : PhraseAnchors.NONE;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /** How many trie nodes the phrases compiled to (for tests of sharing). */
  int nodeCount() {
    return trie.nodeCount() - 1; // the root is no phrase's
  }

  /**
   * The phrases in {@code text}, leftmost first, not overlapping: at each start the longest
   * match wins, and the search goes on after it.
   */
  public List<Match> find(String text) {
    PhraseTokens.Spans tokens = PhraseTokens.split(text);
    return select(tokens, occurrences(tokens), 0, phrases.size());
  }

  /** As {@link #find(String)}, on text already split by {@link PhraseTokens#of}. */
  public List<Match> find(List<Token> tokens) {
    PhraseTokens.Spans spans = PhraseTokens.Spans.of(tokens);
    return select(spans, occurrences(spans), 0, phrases.size());
  }

  /** Every occurrence of every phrase in {@code text}, overlapping ones included. */
  public List<Match> findAll(String text) {
    PhraseTokens.Spans tokens = PhraseTokens.split(text);
    List<Match> matches = new ArrayList<>();
    for (Occurrence occurrence : occurrences(tokens)) {
      matches.add(new Match(phrases.get(occurrence.phrase()), tokens.start(occurrence.startToken()),
          tokens.end(occurrence.endToken())));
    }
    return matches;
  }

  /**
   * An occurrence of the phrase with index {@code phrase} over the tokens {@code startToken} to
   * {@code endToken} (inclusive).
   */
  public record Occurrence(int phrase, int startToken, int endToken) {}

  /**
   * Every occurrence of every phrase in {@code tokens}, overlapping ones included, ordered by
   * start token. One pass serves several rules when their phrases share one matcher: each takes
   * its own with {@link #select}.
   */
  public List<Occurrence> occurrences(List<Token> tokens) {
    return occurrences(PhraseTokens.Spans.of(tokens));
  }

  /** As {@link #occurrences(List)}, on tokens split by {@link PhraseTokens#split}. */
  public List<Occurrence> occurrences(PhraseTokens.Spans tokens) {
    List<Occurrence> found = new ArrayList<>();
    TokenSymbols symbols = alphabet.classify(tokens);
    boolean[] viable = anchors.viableStarts(symbols, tokens.size());
    Walk walk = new Walk(symbols);
    for (int s = 0; s < tokens.size(); s++) {
      if (viable[s]) {
        walk.from(s, found);
      }
    }
    return found;
  }

  /**
   * The matches {@link #find} reports, among the occurrences of the phrases with an index in
   * {@code [fromPhrase, toPhrase)}: leftmost first, not overlapping, at each start the longest,
   * of equally long ones the phrase with the lower index.
   */
  public List<Match> select(List<Token> tokens, List<Occurrence> occurrences, int fromPhrase, int toPhrase) {
    return select(PhraseTokens.Spans.of(tokens), occurrences, fromPhrase, toPhrase);
  }

  /** As {@link #select(List, List, int, int)}, on tokens split by {@link PhraseTokens#split}. */
  public List<Match> select(PhraseTokens.Spans tokens, List<Occurrence> occurrences, int fromPhrase, int toPhrase) {
    List<Match> matches = new ArrayList<>();
    int nextFree = 0;
    int i = 0;
    while (i < occurrences.size()) {
      int start = occurrences.get(i).startToken();
      Occurrence best = null;
      for (; i < occurrences.size() && occurrences.get(i).startToken() == start; i++) {
        Occurrence candidate = occurrences.get(i);
        if (candidate.phrase() < fromPhrase || candidate.phrase() >= toPhrase || start < nextFree) {
          continue;
        }
        if (best == null || candidate.endToken() > best.endToken()
            || candidate.endToken() == best.endToken() && candidate.phrase() < best.phrase()) {
          best = candidate;
        }
      }
      if (best != null) {
        matches.add(new Match(phrases.get(best.phrase()), tokens.start(start), tokens.end(best.endToken())));
        nextFree = best.endToken() + 1;
      }
    }
    return matches;
  }

  /**
   * Walks the trie from one start after another over one text, reusing its state buffers. The
   * states after a token are kept in the order they were reached, each once (that order is the
   * order occurrences with the same start and end are reported in).
   */
  private final class Walk {
    private final TokenSymbols symbols;
    private StateSet states = new StateSet();
    private StateSet next = new StateSet();

    Walk(TokenSymbols symbols) {
      this.symbols = symbols;
    }

    void from(int start, List<Occurrence> found) {
      states.clear();
      states.add(PhraseTrie.ROOT * GAP_STATES);
      int limit = Math.min(symbols.size(), start + MAX_DEPTH);
      for (int j = start; j < limit && states.size() > 0; j++) {
        next.clear();
        for (int k = 0; k < states.size(); k++) {
          advance(states.get(k), j);
        }
        for (int k = 0; k < next.size(); k++) {
          for (int phrase : trie.outputs(next.get(k) / GAP_STATES)) {
            found.add(new Occurrence(phrase, start, j));
          }
        }
        StateSet swap = states;
        states = next;
        next = swap;
      }
    }

    /** Adds to {@link #next} the states {@code state} reaches over token {@code j}. */
    private void advance(int state, int j) {
      int node = state / GAP_STATES;
      int gapUsed = state % GAP_STATES;
      if (trie.isGap(node) && gapUsed < TokenPattern.MAX_GAP && !symbols.isSentenceEnd(j)) {
        next.add(state + 1);
      }
      int exact = symbols.exact(j);
      if (exact >= 0) {
        int child = trie.child(node, exact);
        if (child >= 0) {
          enter(child);
        }
      }
      int count = trie.wildcardCount(node);
      if (count == 0) {
        return;
      }
      if (count <= PhraseTrie.LINEAR_LIMIT) {
        int[] edgeSymbols = trie.wildcardSymbols(node);
        int[] children = trie.wildcardChildren(node);
        for (int k = 0; k < count; k++) {
          if (symbols.fits(j, edgeSymbols[k])) {
            enter(children[k]);
          }
        }
        return;
      }
      for (int symbol : symbols.wildcards(j)) {
        int child = trie.child(node, symbol);
        if (child >= 0) {
          enter(child);
        }
      }
      int[] specialSymbols = trie.specialSymbols(node);
      int[] specialChildren = trie.specialChildren(node);
      for (int k = 0; k < specialSymbols.length; k++) {
        if (symbols.fitsSpecial(j, specialSymbols[k])) {
          enter(specialChildren[k]);
        }
      }
    }

    /** Adds the node just reached, and the gap after it, which takes no token to enter. */
    private void enter(int node) {
      next.add(node * GAP_STATES);
      int gap = trie.gapChild(node);
      if (gap >= 0) {
        next.add(gap * GAP_STATES);
      }
    }
  }

  /**
   * States in the order they were added, each once. Usually a handful, so a linear duplicate
   * check; a hash set takes over when many are alive.
   */
  private static final class StateSet {
    private static final int LINEAR_LIMIT = 16;
    private int[] items = new int[LINEAR_LIMIT];
    private int size;
    private Set<Integer> index;

    void clear() {
      size = 0;
      index = null;
    }

    int size() {
      return size;
    }

    int get(int k) {
      return items[k];
    }

    void add(int state) {
      if (index != null) {
        if (!index.add(state)) {
          return;
        }
      } else {
        for (int k = 0; k < size; k++) {
          if (items[k] == state) {
            return;
          }
        }
      }
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = state;
      if (index == null && size > LINEAR_LIMIT) {
        index = new HashSet<>();
        for (int k = 0; k < size; k++) {
          index.add(items[k]);
        }
      }
    }
  }
}
