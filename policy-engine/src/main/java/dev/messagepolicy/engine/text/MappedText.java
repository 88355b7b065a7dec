package dev.messagepolicy.engine.text;

import java.util.Arrays;

/**
 * A text derived from another one, with every character mapped back to the half-open range of
 * the underlying text it came from. Normalization changes lengths (entities shrink, {@code ß}
 * grows to {@code ss}, zero-width characters vanish); the map keeps findings at their exact place.
 */
public final class MappedText {

  private final String text;
  /** Both {@code null} for an identity map, which most messages' HTML view is: no arrays to fill. */
  private final int[] starts;
  private final int[] ends;

  private MappedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** {@code text} mapped one to one onto itself. */
  public static MappedText identity(String text) {
    return new MappedText(text, null, null);
  }

  public String text() {
    return text;
  }

  /** Whether every character maps to itself, one to one (no offset arrays). */
  public boolean isIdentity() {
    return starts == null;
  }

  public int length() {
    return text.length();
  }

  /** The underlying offset where the range starting at {@code index} begins. */
  public int sourceStart(int index) {
    if (starts == null) {
      return Math.min(index, text.length());
    }
    return index < text.length() ? starts[index] : starts[text.length()];
  }

  /** The underlying offset just after the range ending at {@code end} (exclusive). */
  public int sourceEnd(int end) {
    if (ends == null) {
      return Math.min(end, text.length());
    }
    return end == 0 ? starts[0] : ends[end - 1];
  }

  /** This text mapped through {@code under}, the text this one's offsets point into. */
  public MappedText through(MappedText under) {
    Builder builder = new Builder(text.length());
    for (int i = 0; i < text.length(); i++) {
      builder.append(text.charAt(i), under.sourceStart(sourceStart(i)), under.sourceEnd(sourceEnd(i + 1)));
    }
    return builder.build(under.sourceStart(sourceStart(text.length())));
  }

  /**
   * Builds a mapped text character by character, into plain arrays: a {@link StringBuilder}
   * checks capacity and Latin-1 coding for every character, and the folds append every character
   * of every message (the largest cost of the buyer's view).
   */
  public static final class Builder {
    private char[] text;
    private int[] starts;
    private int[] ends;
    private int length;

    public Builder(int capacity) {
      text = new char[capacity + 1];
      starts = new int[capacity + 1];
      ends = new int[capacity + 1];
    }

    /** Appends {@code c}, which stands for the underlying range {@code [start, end)}. */
    public Builder append(char c, int start, int end) {
      if (length + 1 >= starts.length) {
        grow();
      }
      text[length] = c;
      starts[length] = start;
      ends[length] = end;
      length++;
      return this;
    }

    /**
     * Appends {@code chars[from, to)}, where {@code chars[i]} replaces character {@code i} of
     * {@code in} and stands for what that character stands for: one copy per run instead of an
     * append per character.
     */
    public Builder appendRun(char[] chars, int from, int to, MappedText in) {
      int count = to - from;
      while (length + count >= starts.length) {
        grow();
      }
      System.arraycopy(chars, from, text, length, count);
      if (in.starts == null) {
        for (int k = 0; k < count; k++) {
          starts[length + k] = from + k;
          ends[length + k] = from + k + 1;
        }
      } else {
        System.arraycopy(in.starts, from, starts, length, count);
        System.arraycopy(in.ends, from, ends, length, count);
      }
      length += count;
      return this;
    }

    /** Appends every character of {@code s}, each standing for {@code [start, end)}. */
    public Builder append(CharSequence s, int start, int end) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), start, end);
      }
      return this;
    }

    private void grow() {
      int capacity = starts.length * 2 + 2;
      text = Arrays.copyOf(text, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }

    public int length() {
      return length;
    }

    /** Replaces every line break, tab or carriage return appended since {@code from} by {@code with}. */
    public void replaceLineBreaks(int from, char with) {
      for (int i = from; i < length; i++) {
        char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
          text[i] = with;
        }
      }
    }

    public char lastChar() {
      if (length == 0) {
        throw new StringIndexOutOfBoundsException("empty");
      }
      return text[length - 1];
    }

    /** The finished text; {@code sourceLength} is where its end maps to. */
    public MappedText build(int sourceLength) {
      int[] s = Arrays.copyOf(starts, length + 1);
      int[] e = Arrays.copyOf(ends, length + 1);
      s[length] = sourceLength;
      e[length] = sourceLength;
      return new MappedText(new String(text, 0, length), s, e);
    }
  }
}
