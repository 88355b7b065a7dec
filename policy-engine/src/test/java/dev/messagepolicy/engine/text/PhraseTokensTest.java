package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tokenizer's table of Latin-1 characters against the plain character-by-character definition. */
class PhraseTokensTest {

  /** Characters where the definition has edges: case, folding, dashes, spaces, marks, surrogates. */
  private static final String CHARACTERS = "aZz09 \t\n\u000b\u001c\u0000-\u2010\u2013\u2212\u00a0\u2007\u3000"
      + "\u00df\u00c4\u00e9\u0130\u03a3\u0301\u2019\u2018\u02bc\u00b4`'.,!?;\u00bf\u00a1%\u00ff\u0178\ud83d\ude00";

  @Test
  void foldsAndSplitsLikeTheDefinition() {
    assertEquals(List.of(new Token("5", 0, 1), new Token("sterne", 2, 8), new Token("strasse", 9, 15),
        new Token("'", 15, 16), new Token("s", 16, 17), new Token(".", 17, 18)), PhraseTokens.of("5-Sterne Straße’s."));
    Random random = new Random(7);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
      }
      assertEquals(definition(text.toString()), PhraseTokens.of(text.toString()), () -> "in \"" + text + "\"");
    }
    for (char c = 0; c < 0x300; c++) {
      String text = "x" + c + "Y" + c;
      assertEquals(definition(text), PhraseTokens.of(text), () -> "in \"" + text + "\"");
    }
  }

  /** The tokens as {@link PhraseTokens} documents them, one character at a time. */
  private static List<Token> definition(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "-\u2010\u2011\u2012\u2013\u2014\u2212".indexOf(c) >= 0) {
        i++;
        continue;
      }
      int start = i++;
      while (isWordChar(c) && i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      StringBuilder folded = new StringBuilder();
      for (int k = start; k < i; k++) {
        char lower = Character.toLowerCase(text.charAt(k));
        switch (lower) {
          case '\u00df' -> folded.append("ss");
          case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> folded.append('\'');
          default -> folded.append(lower);
        }
      }
      tokens.add(new Token(folded.toString(), start, i));
    }
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
