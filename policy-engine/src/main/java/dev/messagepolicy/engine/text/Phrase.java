package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a phrase pack, as a sequence of token patterns. A pack line is written as the
 * words to find, lowercase, with:
 * <ul>
 *   <li>{@code word*} a word that starts with it, {@code *word} one that ends with it,
 *       {@code *word*} one that contains it (German compounds: {@code *gutschein*} matches
 *       {@code Gutscheincode} and {@code Rabattgutschein});
 *   <li>{@code <num>} a number, {@code <code>} letters and digits mixed ({@code DANKE10}),
 *       {@code <var>} a template variable, {@code <any>} any one token ({@code <num>} and
 *       {@code <code>} also accept a variable, whose value is unknown);
 *   <li>{@code ...} a gap of up to {@value TokenPattern#MAX_GAP} tokens within one sentence;
 *   <li>{@code (a|b c|)} alternatives at that place, an empty one making it optional.
 * </ul>
 * A line with alternatives stands for every combination of them; each is one {@code Phrase}
 * with the same {@link #source}.
 *
 * @param family the group the phrase belongs to ({@code discount}, {@code newsletter}, …)
 * @param language the ISO 639-1 code of the pack it came from
 * @param source the line as written in the pack
 * @param origin where the line is: {@code no-promotions/de.txt:12}
 * @param patterns one per token position
 */
public record Phrase(String family, String language, String source, String origin, List<TokenPattern> patterns) {

  /** The most token positions one phrase may have, which bounds the matcher's work per token. */
  public static final int MAX_LENGTH = 12;
  /** The most gaps one phrase may have. */
  public static final int MAX_GAPS = 2;
  /** The most phrases one line's alternatives may stand for. */
  public static final int MAX_EXPANSIONS = 4096;

  public Phrase {
    patterns = List.copyOf(patterns);
  }

  /**
   * The phrases one pack line stands for.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  public static List<Phrase> parse(String family, String language, String line, String origin) {
    String source = line.strip();
    List<List<TokenPattern>> expansions = new ArrayList<>();
    expansions.add(new ArrayList<>());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '(') {
        int close = source.indexOf(')', i);
        if (close < 0) {
          throw new IllegalArgumentException("'(' without ')'");
        }
        String group = source.substring(i + 1, close);
        if (group.indexOf('(') >= 0) {
          throw new IllegalArgumentException("alternatives cannot be nested");
        }
        List<List<TokenPattern>> alternatives = new ArrayList<>();
        for (String alternative : pieces(group, '|')) {
          alternatives.add(patterns(alternative));
        }
        expansions = combine(expansions, alternatives);
        i = close + 1;
      } else if (c == ')' || c == '|') {
        throw new IllegalArgumentException("'" + c + "' outside of (…|…)");
      } else {
        int next = source.indexOf('(', i);
        int end = next < 0 ? source.length() : next;
        String plain = source.substring(i, end);
        if (plain.indexOf(')') >= 0 || plain.indexOf('|') >= 0) {
          throw new IllegalArgumentException("')' or '|' outside of (…|…)");
        }
        expansions = combine(expansions, List.of(patterns(plain)));
        i = end;
      }
    }
    List<Phrase> phrases = new ArrayList<>();
    for (List<TokenPattern> patterns : expansions) {
      check(patterns);
      phrases.add(new Phrase(family, language, source, origin, patterns));
    }
    return phrases;
  }

  private static List<List<TokenPattern>> combine(List<List<TokenPattern>> heads, List<List<TokenPattern>> tails) {
    if ((long) heads.size() * tails.size() > MAX_EXPANSIONS) {
      throw new IllegalArgumentException("the alternatives stand for more than " + MAX_EXPANSIONS + " phrases");
    }
    List<List<TokenPattern>> out = new ArrayList<>();
    for (List<TokenPattern> head : heads) {
      for (List<TokenPattern> tail : tails) {
        List<TokenPattern> joined = new ArrayList<>(head);
        joined.addAll(tail);
        out.add(joined);
      }
    }
    return out;
  }

  /** The patterns of text without alternatives. */
  private static List<TokenPattern> patterns(String text) {
    List<TokenPattern> patterns = new ArrayList<>();
    for (String chunk : pieces(text, ' ')) {
      if (chunk.isEmpty()) {
        continue;
      }
      TokenPattern special = TokenPattern.special(chunk);
      if (special != null) {
        patterns.add(special);
        continue;
      }
      if (chunk.startsWith("<") && chunk.endsWith(">") && chunk.length() > 2) {
        throw new IllegalArgumentException("unknown placeholder " + chunk + "; use <num>, <code>, <var> or <any>");
      }
      boolean suffix = chunk.startsWith("*");
      boolean prefix = chunk.endsWith("*") && chunk.length() > 1;
      String core = chunk.substring(suffix ? 1 : 0, chunk.length() - (prefix ? 1 : 0));
      if (core.contains("*")) {
        throw new IllegalArgumentException("'*' only at the start or end of a word: " + chunk);
      }
      List<Token> pieces = PhraseTokens.of(core);
      if (pieces.isEmpty()) {
        throw new IllegalArgumentException("'" + chunk + "' has no word to match");
      }
      for (int p = 0; p < pieces.size(); p++) {
        patterns.add(TokenPattern.word(pieces.get(p).text(), p == pieces.size() - 1 && prefix, p == 0 && suffix));
      }
    }
    return patterns;
  }

  /**
   * {@code text} split at every {@code separator} (a space also splits at any whitespace), empty
   * pieces kept for {@code |} (an empty alternative) and dropped for spaces. Plain code: no regex.
   */
  private static List<String> pieces(String text, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      char c = end ? separator : text.charAt(i);
      boolean splits = separator == ' ' ? Character.isWhitespace(c) : c == separator;
      if (end || splits) {
        if (separator != ' ' || piece.length() > 0) {
          out.add(piece.toString());
        }
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    return out;
  }

  private static void check(List<TokenPattern> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    if (patterns.size() > MAX_LENGTH) {
      throw new IllegalArgumentException("more than " + MAX_LENGTH + " token positions");
    }
    if (patterns.get(0).kind() == TokenPattern.Kind.GAP || patterns.get(patterns.size() - 1).kind() == TokenPattern.Kind.GAP) {
      throw new IllegalArgumentException("'...' only between words");
    }
    int gaps = 0;
    boolean anchored = false;
    for (TokenPattern pattern : patterns) { // loops, not streams: this runs for every phrase at start-up
      switch (pattern.kind()) {
        case GAP -> gaps++;
        case EXACT, PREFIX, SUFFIX, INFIX -> anchored = true;
        default -> { }
      }
    }
    if (gaps > MAX_GAPS) {
      throw new IllegalArgumentException("more than " + MAX_GAPS + " gaps ('...')");
    }
    if (!anchored) {
      throw new IllegalArgumentException("a phrase needs at least one word");
    }
  }

  /** The phrase's patterns as one line, as the matcher reads it. */
  public String shape() {
    return String.join(" ", patterns.stream().map(TokenPattern::toString).toList());
  }
}
