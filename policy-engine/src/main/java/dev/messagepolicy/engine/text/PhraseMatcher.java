package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All phrases of a rule compiled into one trie over tokens. Exact words are one hash lookup per
 * node; wildcard positions are shared edges, so phrases with a common start are walked once.
 * From each token the trie is walked at most {@link Phrase#MAX_LENGTH} plus the gaps' tokens
 * deep, and the states alive at once are bounded by the trie's nodes: the time is linear in
 * the text for any phrase pack, built-in or user-supplied. Immutable once built, so one instance
 * serves all threads.
 */
public final class PhraseMatcher {

  /** A phrase found in a text: the phrase and the half-open character range it covers. */
  public record Match(Phrase phrase, int start, int end) {}

  /** The most tokens one match can span, so the furthest a walk goes from its start. */
  static final int MAX_DEPTH = Phrase.MAX_LENGTH + Phrase.MAX_GAPS * TokenPattern.MAX_GAP;

  private final Node root = new Node(false);
  private final List<Phrase> phrases;
  private final PhraseAnchors anchors;
  private int nodeCount;

  /** Compiles {@code phrases}; where two match the same text, the earlier one is reported. */
  public PhraseMatcher(List<Phrase> phrases) {
    this(phrases, true);
  }

  /** With or without the {@link PhraseAnchors} prefilter (tests compare the two). */
  PhraseMatcher(List<Phrase> phrases, boolean prefilter) {
    this.phrases = List.copyOf(phrases);
    for (int i = 0; i < this.phrases.size(); i++) {
      insert(this.phrases.get(i), i);
    }
    this.anchors = prefilter ? new PhraseAnchors(this.phrases) : PhraseAnchors.NONE;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /** How many trie nodes the phrases compiled to (for tests of sharing). */
  int nodeCount() {
    return nodeCount;
  }

  /**
   * The phrases in {@code text}, leftmost first, not overlapping: at each start the longest
   * match wins, and the search goes on after it.
   */
  public List<Match> find(String text) {
    return find(PhraseTokens.of(text));
  }

  /** As {@link #find(String)}, on text already split by {@link PhraseTokens#of}. */
  public List<Match> find(List<Token> tokens) {
    return select(tokens, occurrences(tokens), 0, phrases.size());
  }

  /** Every occurrence of every phrase in {@code text}, overlapping ones included. */
  public List<Match> findAll(String text) {
    List<Token> tokens = PhraseTokens.of(text);
    List<Match> matches = new ArrayList<>();
    for (Occurrence occurrence : occurrences(tokens)) {
      matches.add(new Match(phrases.get(occurrence.phrase()), tokens.get(occurrence.startToken()).start(),
          tokens.get(occurrence.endToken()).end()));
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
    List<Occurrence> found = new ArrayList<>();
    boolean[] viable = anchors.viableStarts(tokens);
    for (int s = 0; s < tokens.size(); s++) {
      if (viable[s]) {
        int from = s;
        walk(tokens, s, (end, phrase) -> found.add(new Occurrence(phrase, from, end)));
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
        matches.add(new Match(phrases.get(best.phrase()), tokens.get(start).start(), tokens.get(best.endToken()).end()));
        nextFree = best.endToken() + 1;
      }
    }
    return matches;
  }

  private interface Hit {
    void at(int endToken, int phraseIndex);
  }

  private record State(Node node, int gapUsed) {}

  /**
   * The states alive after a token, in the order they were reached, each once. Usually a handful,
   * so a list with a linear duplicate check beats a hash set; a set takes over when many are alive.
   */
  private static final class States {
    private static final int LINEAR_LIMIT = 16;
    final List<State> list = new ArrayList<>();
    private Set<State> index;

    void add(State state) {
      if (index != null) {
        if (index.add(state)) {
          list.add(state);
        }
        return;
      }
      if (!list.contains(state)) {
        list.add(state);
        if (list.size() > LINEAR_LIMIT) {
          index = new HashSet<>(list);
        }
      }
    }

    /** Adds the node just reached, and the gap after it, which takes no token to enter. */
    void enter(Node node) {
      add(new State(node, 0));
      if (node.gapChild != null) {
        add(new State(node.gapChild, 0));
      }
    }
  }

  private void walk(List<Token> tokens, int start, Hit hit) {
    if (!root.hasEdgeFor(tokens.get(start).text())) {
      return; // most tokens start no phrase: no state sets for them
    }
    List<State> states = List.of(new State(root, 0));
    int limit = Math.min(tokens.size(), start + MAX_DEPTH);
    for (int j = start; j < limit && !states.isEmpty(); j++) {
      String token = tokens.get(j).text();
      States next = new States();
      for (State state : states) {
        Node node = state.node();
        if (node.gap && state.gapUsed() < TokenPattern.MAX_GAP && !PhraseTokens.isSentenceEnd(token)) {
          next.add(new State(node, state.gapUsed() + 1));
        }
        Node exact = node.exact.get(token);
        if (exact != null) {
          next.enter(exact);
        }
        if (!node.wildcards.isEmpty()) {
          node.wildcards.forEachMatch(token, next::enter);
        }
      }
      for (State state : next.list) {
        for (int phrase : state.node().outputs) {
          hit.at(j, phrase);
        }
      }
      states = next.list;
    }
  }

  private void insert(Phrase phrase, int index) {
    Node node = root;
    for (TokenPattern pattern : phrase.patterns()) {
      node = switch (pattern.kind()) {
        case EXACT -> node.exact.computeIfAbsent(pattern.core(), k -> newNode(false));
        case GAP -> node.gapChild != null ? node.gapChild : (node.gapChild = newNode(true));
        default -> node.wildcard(pattern, this);
      };
    }
    node.outputs.add(index);
  }

  private Node newNode(boolean gap) {
    nodeCount++;
    return new Node(gap);
  }

  private static final class Node {
    final boolean gap;
    final Map<String, Node> exact = new HashMap<>();
    final WildcardEdges<Node> wildcards = new WildcardEdges<>();
    final List<Integer> outputs = new ArrayList<>();
    Node gapChild;

    Node(boolean gap) {
      this.gap = gap;
    }

    boolean hasEdgeFor(String token) {
      return exact.containsKey(token) || wildcards.anyMatch(token);
    }

    Node wildcard(TokenPattern pattern, PhraseMatcher owner) {
      Node child = wildcards.get(pattern);
      if (child == null) {
        child = owner.newNode(false);
        wildcards.add(pattern, child);
      }
      return child;
    }
  }
}
