package dev.messagepolicy.engine.text;

import java.util.Map;

/**
 * A read-only map from words to values that is looked up with a range of a larger text, so that
 * no substring is made for a lookup; open addressing over {@link String#hashCode()}'s hash.
 */
final class WordTable {

  private final String[] keys;
  private final double[][] values;
  private final int mask;
  private final int longest;

  WordTable(Map<String, double[]> entries) {
    int capacity = Integer.highestOneBit(Math.max(entries.size(), 1) * 4);
    this.keys = new String[capacity];
    this.values = new double[capacity][];
    this.mask = capacity - 1;
    int longestKey = 0;
    for (Map.Entry<String, double[]> entry : entries.entrySet()) {
      int slot = slot(entry.getKey().hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = entry.getKey();
      values[slot] = entry.getValue();
      longestKey = Math.max(longestKey, entry.getKey().length());
    }
    this.longest = longestKey;
  }

  /** The value of the word {@code text[start, end)}, or null. */
  double[] get(String text, int start, int end) {
    int length = end - start;
    if (length > longest) {
      return null;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && key.regionMatches(0, text, start, length)) {
        return values[slot];
      }
    }
    return null;
  }

  /** Spreads the high bits down, as {@code HashMap} does, so that similar words do not cluster. */
  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
