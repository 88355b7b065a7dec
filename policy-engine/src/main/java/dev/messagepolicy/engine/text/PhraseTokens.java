package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into the tokens phrases are matched on: runs of letters, digits and combining
 * marks, and every other visible character on its own. Tokens are folded so that phrase packs
 * and texts agree whatever the normalization upstream did: lowercase, {@code ß} as {@code ss},
 * typographic apostrophes as {@code '}. Hyphens and dashes are dropped, so that
 * {@code 5-Sterne-Bewertung} and {@code 5 Sterne Bewertung} read alike.
 */
public final class PhraseTokens {

  private PhraseTokens() {}

  /** {@link #FLAGS}: the character separates tokens, belongs to a word, or needs folding. */
  private static final byte SKIP = 1;
  private static final byte WORD = 2;
  private static final byte FOLD = 4;
  /** Set in {@link #FLAGS} once a character's flags are worked out. */
  private static final byte KNOWN = 8;
  /**
   * The flags of every {@code char}, worked out with the general predicates below so that the two
   * cannot disagree: the Latin-1 range, nearly all a buyer's text is made of, up front, the rest
   * on first sight (racy but idempotent, as {@code String.hashCode} is: a byte is written whole).
   */
  private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];
  private static final int LATIN1 = 256;
  /** Punctuation marks are tokens of one ASCII character: shared strings instead of a substring each. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < LATIN1; c++) {
      FLAGS[c] = definedFlags(c);
      if (c < ONE_CHAR.length) {
        ONE_CHAR[c] = String.valueOf(c);
      }
    }
  }

  /** The folded tokens of {@code text}, each with its range in {@code text}. */
  public static List<Token> of(String text) {
    return split(text).toList();
  }

  /** The tokens of {@code text} as ranges, without an object or a substring per token. */
  public static Spans split(String text) {
    char[] chars = text.toCharArray(); // one copy instead of String.charAt's index checks per character
    int length = chars.length;
    Spans spans = new Spans(text, length / 4 + 1); // words and marks average four characters or more
    int i = 0;
    while (i < length) {
      int flags = flags(chars[i]);
      if ((flags & SKIP) != 0) {
        i++;
        continue;
      }
      int start = i++;
      if ((flags & WORD) != 0) {
        for (int next; i < length && ((next = flags(chars[i])) & WORD) != 0; i++) {
          flags |= next;
        }
      }
      // the buyer's view is case-folded already: folding is the exception
      spans.add(start, i, (flags & FOLD) != 0 ? fold(text, start, i) : null);
    }
    return spans;
  }

  /**
   * The tokens of one text as character ranges, in order. A token is its range of the text, or,
   * where folding changed it, a folded string of its own; {@link #keyText} and {@link #keyStart}
   * name the characters either way, so that a token is looked up without a substring.
   */
  public static final class Spans {
    private final String text;
    private int[] starts;
    private int[] ends;
    /** The folded token where it differs from its range of the text; null elsewhere. */
    private String[] folded;
    private int size;

    private Spans(String text, int capacity) {
      this.text = text;
      this.starts = new int[capacity];
      this.ends = new int[capacity];
      this.folded = new String[capacity];
    }

    /** Tokens given as such (tests, and texts split elsewhere): each held as its own string. */
    public static Spans of(List<Token> tokens) {
      Spans spans = new Spans("", tokens.size());
      for (Token token : tokens) {
        spans.add(token.start(), token.end(), token.text());
      }
      return spans;
    }

    private void add(int start, int end, String foldedToken) {
      if (size == starts.length) {
        int capacity = size * 2 + 1;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        folded = Arrays.copyOf(folded, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      folded[size] = foldedToken;
      size++;
    }

    public int size() {
      return size;
    }

    /** Where token {@code t} starts in the text. */
    public int start(int t) {
      return starts[t];
    }

    /** Where token {@code t} ends in the text (exclusive). */
    public int end(int t) {
      return ends[t];
    }

    /** The string holding token {@code t}'s characters, from {@link #keyStart} to {@link #keyEnd}. */
    String keyText(int t) {
      return folded[t] != null ? folded[t] : text;
    }

    int keyStart(int t) {
      return folded[t] != null ? 0 : starts[t];
    }

    int keyEnd(int t) {
      return folded[t] != null ? folded[t].length() : ends[t];
    }

    /** Token {@code t}'s folded text, as a string of its own. */
    public String text(int t) {
      if (folded[t] != null) {
        return folded[t];
      }
      int start = starts[t];
      if (ends[t] - start == 1 && text.charAt(start) < ONE_CHAR.length) {
        return ONE_CHAR[text.charAt(start)];
      }
      return text.substring(start, ends[t]);
    }

    /** The tokens as objects. */
    public List<Token> toList() {
      List<Token> tokens = new ArrayList<>(size);
      for (int t = 0; t < size; t++) {
        tokens.add(new Token(text(t), starts[t], ends[t]));
      }
      return tokens;
    }

    @Override
    public String toString() {
      return toList().toString();
    }
  }

  private static int flags(char c) {
    byte flags = FLAGS[c];
    if (flags == 0) {
      flags = definedFlags(c);
      FLAGS[c] = flags;
    }
    return flags;
  }

  private static byte definedFlags(char c) {
    return (byte) (KNOWN | (isSkipped(c) ? SKIP : 0) | (isWordChar(c) ? WORD : 0) | (isFolded(c) ? 0 : FOLD));
  }

  /** Whether {@code token} ends a sentence; a {@link TokenPattern.Kind#GAP} does not cross it. */
  static boolean isSentenceEnd(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";")
        || token.equals("\u00bf") || token.equals("\u00a1");
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
        || c == '\u2212';
  }

  private static boolean isSkipped(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isDash(c);
  }

  private static boolean isFolded(char c) {
    return c < 0x80 ? c < 'A' || c > 'Z' && c != '`' : Character.toLowerCase(c) == c
        && c != '\u00df' && c != '\u2019' && c != '\u2018' && c != '\u02bc' && c != '\u00b4';
  }

  private static String fold(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      switch (c) {
        case '\u00df' -> out.append("ss");
        case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> out.append('\'');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
