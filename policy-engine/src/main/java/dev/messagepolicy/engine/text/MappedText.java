package dev.messagepolicy.engine.text;

/**
 * A text derived from another one, with every character mapped back to the half-open range of
 * the underlying text it came from. Normalization changes lengths (entities shrink, {@code ß}
 * grows to {@code ss}, zero-width characters vanish); the map keeps findings at their exact place.
 */
public final class MappedText {

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** {@code text} mapped one to one onto itself. */
  public static MappedText identity(String text) {
    Builder builder = new Builder(text.length());
    for (int i = 0; i < text.length(); i++) {
      builder.append(text.charAt(i), i, i + 1);
    }
    return builder.build(text.length());
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The underlying offset where the range starting at {@code index} begins. */
  public int sourceStart(int index) {
    return index < text.length() ? starts[index] : starts[text.length()];
  }

  /** The underlying offset just after the range ending at {@code end} (exclusive). */
  public int sourceEnd(int end) {
    return end == 0 ? starts[0] : ends[end - 1];
  }

  /** This text mapped through {@code under}, the text this one's offsets point into. */
  public MappedText through(MappedText under) {
    Builder builder = new Builder(text.length());
    for (int i = 0; i < text.length(); i++) {
      builder.append(text.charAt(i), under.sourceStart(starts[i]), under.sourceEnd(ends[i]));
    }
    return builder.build(under.sourceStart(starts[text.length()]));
  }

  /** Builds a mapped text character by character. */
  public static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    public Builder(int capacity) {
      text = new StringBuilder(capacity);
      starts = new int[capacity + 1];
      ends = new int[capacity + 1];
    }

    /** Appends {@code c}, which stands for the underlying range {@code [start, end)}. */
    public Builder append(char c, int start, int end) {
      int at = text.length();
      if (at + 1 >= starts.length) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 2);
        ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 2);
      }
      text.append(c);
      starts[at] = start;
      ends[at] = end;
      return this;
    }

    /** Appends every character of {@code s}, each standing for {@code [start, end)}. */
    public Builder append(CharSequence s, int start, int end) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), start, end);
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    /** Replaces every line break, tab or carriage return appended since {@code from} by {@code with}. */
    public void replaceLineBreaks(int from, char with) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\t') {
          text.setCharAt(i, with);
        }
      }
    }

    public char lastChar() {
      return text.charAt(text.length() - 1);
    }

    /** The finished text; {@code sourceLength} is where its end maps to. */
    public MappedText build(int sourceLength) {
      int n = text.length();
      int[] s = java.util.Arrays.copyOf(starts, n + 1);
      int[] e = java.util.Arrays.copyOf(ends, n + 1);
      s[n] = sourceLength;
      e[n] = sourceLength;
      return new MappedText(text.toString(), s, e);
    }
  }
}
