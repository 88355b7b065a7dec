package dev.messagepolicy.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lowercase tokens: runs of letters and digits, and every other visible
 * character on its own. Lowercasing is per character, so token offsets stay offsets of the
 * original text.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
      tokens.add(new Token(lower(text, start, i), start, i));
    }
    return tokens;
  }

  private static String lower(String text, int start, int end) {
    char[] chars = new char[end - start];
    for (int i = start; i < end; i++) {
      chars[i - start] = Character.toLowerCase(text.charAt(i));
    }
    return new String(chars);
  }
}
