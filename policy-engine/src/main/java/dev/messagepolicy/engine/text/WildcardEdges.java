package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code word*}, {@code *word} and {@code *word*} patterns of all phrases, indexed so that a
 * token is compared with all of them in time proportional to the token, not to the number of
 * patterns: the cores of {@code word*} patterns sit in a character trie walked from the token's
 * start, those of {@code *word} in one walked backwards from its end, and those of
 * {@code *word*} in one walked from each of its characters. Matches are reported in that order
 * (prefixes, suffixes, infixes by position), shorter cores first, which is the order the
 * {@link PhraseMatcher} follows edges in.
 *
 * @param <T> what a pattern stands for
 */
final class WildcardEdges<T> {

  private final CharTrie<T> prefixes = new CharTrie<>(true);
  private final CharTrie<T> suffixes = new CharTrie<>(true);
  private final CharTrie<T> infixes = new CharTrie<>(true);

  /** Indexes {@code pattern}, a {@code word*}, {@code *word} or {@code *word*} with a core. */
  void add(TokenPattern pattern, T target) {
    switch (pattern.kind()) {
      case PREFIX -> prefixes.add(pattern.core(), false, target);
      case SUFFIX -> suffixes.add(pattern.core(), true, target);
      case INFIX -> infixes.add(pattern.core(), false, target);
      default -> throw new IllegalArgumentException("not a wildcard word: " + pattern);
    }
  }

  /**
   * Calls {@code action} with the target of every pattern that fits {@code token}; an infix
   * found at several places is reported at each.
   */
  void forEachMatch(String token, Consumer<T> action) {
    prefixes.walk(token, 0, false, action);
    suffixes.walk(token, token.length() - 1, true, action);
    if (!infixes.isEmpty()) {
      for (int i = 0; i < token.length(); i++) {
        infixes.walk(token, i, false, action);
      }
    }
  }

  /**
   * A trie over characters whose nodes keep their children in a sorted array: small, and one
   * binary search per character. Nodes with many children (the first letters, which every
   * position of every token asks about) also get a direct table for Latin-1 characters.
   */
  private static final class CharTrie<T> {
    private static final int TABLE_FROM = 6;
    private static final int LATIN1 = 256;
    private char[] keys = new char[0];
    private CharTrie<T>[] latin1;
    /** A root is asked about every character of every token, so it always gets the table. */
    private final int tableFrom;

    CharTrie(boolean root) {
      this.tableFrom = root ? 1 : TABLE_FROM;
    }
    @SuppressWarnings("unchecked")
    private CharTrie<T>[] children = new CharTrie[0];
    private final List<T> targets = new ArrayList<>(1);

    boolean isEmpty() {
      return keys.length == 0;
    }

    void add(String core, boolean backwards, T target) {
      CharTrie<T> node = this;
      for (int k = 0; k < core.length(); k++) {
        node = node.childOrNew(core.charAt(backwards ? core.length() - 1 - k : k));
      }
      node.targets.add(target);
    }

    /** Walks {@code token} from {@code from} (backwards if asked), reporting every core passed. */
    void walk(String token, int from, boolean backwards, Consumer<T> action) {
      CharTrie<T> node = this;
      int step = backwards ? -1 : 1;
      for (int i = from; i >= 0 && i < token.length(); i += step) {
        node = node.child(token.charAt(i));
        if (node == null) {
          return;
        }
        for (T target : node.targets) {
          action.accept(target);
        }
      }
    }

    private CharTrie<T> child(char c) {
      if (latin1 != null && c < LATIN1) {
        return latin1[c];
      }
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    private CharTrie<T> childOrNew(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      CharTrie<T> child = new CharTrie<>(false);
      char[] newKeys = new char[keys.length + 1];
      @SuppressWarnings("unchecked")
      CharTrie<T>[] newChildren = new CharTrie[keys.length + 1];
      System.arraycopy(keys, 0, newKeys, 0, insert);
      System.arraycopy(children, 0, newChildren, 0, insert);
      newKeys[insert] = c;
      newChildren[insert] = child;
      System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
      System.arraycopy(children, insert, newChildren, insert + 1, keys.length - insert);
      keys = newKeys;
      children = newChildren;
      if (keys.length >= tableFrom) {
        @SuppressWarnings("unchecked")
        CharTrie<T>[] table = new CharTrie[LATIN1];
        for (int k = 0; k < keys.length; k++) {
          if (keys[k] < LATIN1) {
            table[keys[k]] = children[k];
          }
        }
        latin1 = table;
      }
      return child;
    }
  }
}
