package dev.messagepolicy.engine.text;

import java.util.Arrays;
import java.util.List;

/**
 * Phrases compiled into one trie over the symbols of a {@link TokenAlphabet}, nodes numbered from
 * 0 (the root) and kept in int arrays: an edge is one probe of an {@link EdgeTable}, and building
 * allocates no object per node. A gap ({@code ...}) is a node of its own, the gap child of the
 * node before it.
 */
final class PhraseTrie {

  static final int ROOT = 0;
  /** Up to this many wildcard edges, a node tests each against the token (as before the trie was numbered). */
  static final int LINEAR_LIMIT = 8;
  private static final int[] NONE = new int[0];

  private final TokenAlphabet alphabet;
  private final EdgeTable edges = new EdgeTable();
  private int nodeCount;
  private int[] gapChild = new int[1024];
  private boolean[] gap = new boolean[1024];
  private int[][] outputs = new int[1024][];
  /** Per node, its non-word edges ({@code word*}, {@code <num>}, …) in the order they were added. */
  private int[][] wildSymbols = new int[1024][];
  private int[][] wildChildren = new int[1024][];
  private int[] wildCount = new int[1024];
  /** Per node with more than {@link #LINEAR_LIMIT} wildcard edges, those for {@code <num>}, {@code <any>} and the like. */
  private int[][] specialSymbols;
  private int[][] specialChildren;
  /**
   * The root's children by symbol (-1 for none): every walk starts at the root, so its edges are
   * the ones asked for most, and an array spares them the probe into the large edge table.
   */
  private int[] rootChildren;

  PhraseTrie(List<Phrase> phrases, TokenAlphabet alphabet) {
    this.alphabet = alphabet;
    newNode(false);
    for (int i = 0; i < phrases.size(); i++) {
      insert(phrases.get(i), i);
    }
    finish();
  }

  int nodeCount() {
    return nodeCount;
  }

  /** The node after {@code node} along a word or wildcard {@code symbol}, or -1. */
  int child(int node, int symbol) {
    return node == ROOT ? rootChildren[symbol] : edges.get(node, symbol);
  }

  /** The gap node after {@code node}, or -1. */
  int gapChild(int node) {
    return gapChild[node];
  }

  boolean isGap(int node) {
    return gap[node];
  }

  /** The indexes of the phrases that end at {@code node}, in the order they were given. */
  int[] outputs(int node) {
    return outputs[node];
  }

  int wildcardCount(int node) {
    return wildCount[node];
  }

  int[] wildcardSymbols(int node) {
    return wildSymbols[node];
  }

  int[] wildcardChildren(int node) {
    return wildChildren[node];
  }

  int[] specialSymbols(int node) {
    return specialSymbols[node];
  }

  int[] specialChildren(int node) {
    return specialChildren[node];
  }

  private void insert(Phrase phrase, int index) {
    int node = ROOT;
    for (TokenPattern pattern : phrase.patterns()) {
      if (pattern.kind() == TokenPattern.Kind.GAP) {
        if (gapChild[node] < 0) {
          int child = newNode(true);
          gapChild[node] = child;
        }
        node = gapChild[node];
        continue;
      }
      int symbol = alphabet.symbolOf(pattern);
      int child = edges.get(node, symbol);
      if (child < 0) {
        child = newNode(false);
        edges.put(node, symbol, child);
        if (pattern.kind() != TokenPattern.Kind.EXACT) {
          addWildcard(node, symbol, child);
        }
      }
      node = child;
    }
    int[] ends = outputs[node];
    int[] grown = Arrays.copyOf(ends, ends.length + 1);
    grown[ends.length] = index;
    outputs[node] = grown;
  }

  private int newNode(boolean isGap) {
    if (nodeCount == gapChild.length) {
      resize(nodeCount * 2);
    }
    int node = nodeCount++;
    gapChild[node] = -1;
    gap[node] = isGap;
    outputs[node] = NONE;
    wildSymbols[node] = NONE;
    wildChildren[node] = NONE;
    return node;
  }

  /** The node arrays, all of them, copied to {@code capacity} nodes. */
  private void resize(int capacity) {
    gapChild = Arrays.copyOf(gapChild, capacity);
    gap = Arrays.copyOf(gap, capacity);
    outputs = Arrays.copyOf(outputs, capacity);
    wildSymbols = Arrays.copyOf(wildSymbols, capacity);
    wildChildren = Arrays.copyOf(wildChildren, capacity);
    wildCount = Arrays.copyOf(wildCount, capacity);
  }

  private void addWildcard(int node, int symbol, int child) {
    int count = wildCount[node];
    if (count == wildSymbols[node].length) {
      wildSymbols[node] = Arrays.copyOf(wildSymbols[node], Math.max(2, count * 2));
      wildChildren[node] = Arrays.copyOf(wildChildren[node], Math.max(2, count * 2));
    }
    wildSymbols[node][count] = symbol;
    wildChildren[node][count] = child;
    wildCount[node] = count + 1;
  }

  /** Trims the arrays, and lists the special edges of the nodes that look wildcards up by symbol. */
  private void finish() {
    resize(nodeCount);
    rootChildren = new int[alphabet.size()];
    for (int symbol = 0; symbol < rootChildren.length; symbol++) {
      rootChildren[symbol] = edges.get(ROOT, symbol);
    }
    specialSymbols = new int[nodeCount][];
    specialChildren = new int[nodeCount][];
    for (int node = 0; node < nodeCount; node++) {
      int count = wildCount[node];
      wildSymbols[node] = count == 0 ? NONE : Arrays.copyOf(wildSymbols[node], count);
      wildChildren[node] = count == 0 ? NONE : Arrays.copyOf(wildChildren[node], count);
      specialSymbols[node] = NONE;
      specialChildren[node] = NONE;
      if (count > LINEAR_LIMIT) {
        int specials = 0;
        int[] symbols = new int[count];
        int[] children = new int[count];
        for (int k = 0; k < count; k++) {
          if (TokenAlphabet.specialBit(alphabet.kindOf(wildSymbols[node][k])) != 0) {
            symbols[specials] = wildSymbols[node][k];
            children[specials++] = wildChildren[node][k];
          }
        }
        specialSymbols[node] = Arrays.copyOf(symbols, specials);
        specialChildren[node] = Arrays.copyOf(children, specials);
      }
    }
  }
}
