package dev.messagepolicy.engine.text;

import java.util.ArrayList;
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

  /** The folded tokens of {@code text}, each with its range in {@code text}. */
  public static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDash(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
      tokens.add(new Token(fold(text, start, i), start, i));
    }
    return tokens;
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

  private static boolean isFolded(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean plain = c < 0x80 ? c < 'A' || c > 'Z' && c != '`' : Character.toLowerCase(c) == c
          && c != '\u00df' && c != '\u2019' && c != '\u2018' && c != '\u02bc' && c != '\u00b4';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text, int start, int end) {
    if (isFolded(text, start, end)) {
      return text.substring(start, end); // the buyer's view is case-folded already: the usual case
    }
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
