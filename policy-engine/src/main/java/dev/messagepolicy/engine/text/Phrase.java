package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a phrase list, as a sequence of token patterns:
 * <ul>
 *   <li>{@code word} matches the word exactly (lowercase);
 *   <li>{@code word*} a word that starts with it, {@code *word} one that ends with it,
 *       {@code *word*} one that contains it (German compounds: {@code *gutschein*} matches
 *       {@code Gutscheincode} and {@code Rabattgutschein});
 *   <li>{@code <num>} a number, {@code <code>} a token of letters and digits ({@code DANKE10}),
 *       {@code <any>} any one token.
 * </ul>
 *
 * @param family the group the phrase belongs to ({@code discount}, {@code newsletter}, …)
 * @param language the ISO 639-1 code of the list it came from
 * @param source the phrase as written in the list
 */
public record Phrase(String family, String language, String source, List<String> patterns) {

  public static Phrase parse(String family, String language, String line) {
    List<String> patterns = new ArrayList<>();
    for (String chunk : line.strip().split("\\s+")) {
      if (chunk.equals("<num>") || chunk.equals("<code>") || chunk.equals("<any>")) {
        patterns.add(chunk);
        continue;
      }
      boolean suffix = chunk.startsWith("*");
      boolean prefix = chunk.endsWith("*") && chunk.length() > 1;
      String core = chunk.substring(suffix ? 1 : 0, chunk.length() - (prefix ? 1 : 0));
      List<Token> pieces = Tokenizer.tokenize(core);
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i).text();
        if (i == 0 && suffix) {
          piece = "*" + piece;
        }
        if (i == pieces.size() - 1 && prefix) {
          piece = piece + "*";
        }
        patterns.add(piece);
      }
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    return new Phrase(family, language, line.strip(), List.copyOf(patterns));
  }

  /** The number of tokens matched starting at {@code tokens[from]}, or -1. */
  public int matchAt(List<Token> tokens, int from) {
    if (from + patterns.size() > tokens.size()) {
      return -1;
    }
    for (int p = 0; p < patterns.size(); p++) {
      if (!matches(patterns.get(p), tokens.get(from + p))) {
        return -1;
      }
    }
    return patterns.size();
  }

  private static boolean matches(String pattern, Token token) {
    String word = token.text();
    switch (pattern) {
      case "<num>": return token.isNumber();
      case "<code>": return token.isCode();
      case "<any>": return true;
      default: break;
    }
    boolean prefix = pattern.length() > 1 && pattern.endsWith("*");
    boolean suffix = pattern.length() > 1 && pattern.startsWith("*");
    String core = pattern.substring(suffix ? 1 : 0, pattern.length() - (prefix ? 1 : 0));
    if (prefix && suffix) {
      return word.contains(core);
    } else if (prefix) {
      return word.startsWith(core);
    } else if (suffix) {
      return word.endsWith(core);
    }
    return word.equals(core);
  }
}
