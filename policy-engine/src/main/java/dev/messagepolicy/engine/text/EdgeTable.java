package dev.messagepolicy.engine.text;

import java.util.Arrays;

/**
 * The edges of a {@link PhraseMatcher}'s trie, (node, symbol) to child node, in one open-addressed
 * table of primitive keys: one probe per lookup, no boxing, no map per node.
 */
final class EdgeTable {

  private static final long EMPTY = -1L;
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int size;

  EdgeTable() {
    Arrays.fill(keys, EMPTY);
  }

  /** The child of {@code node} along {@code symbol}, or -1. */
  int get(int node, int symbol) {
    long key = key(node, symbol);
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  void put(int node, int symbol, int child) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key(node, symbol), child);
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static long key(int node, int symbol) {
    return (long) node << 32 | (symbol & 0xffffffffL);
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }
}
