package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.text.CorpusLines;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** no-emoji's scan with the skip of plain text against the scan that asks ICU at every character. */
class NoEmojiEquivalenceTest {

  private static final String[] PIECES = {
      "a", "Z", " ", "5", "#", "*", "©", "®", "™", "\u203C", "\u2122", "\u2139", "\u2194", "\u231A", "\u2600",
      "\u263A", "\u2764", "\uFE0F", "\u20E3", "\u200D", "\uD83D\uDE00", "\uD83D\uDC4D", "\uD83C\uDFFD",
      "\uD83C\uDDE9\uD83C\uDDEA", "\uD83D\uDC69", "\uD83D\uDCBB", "\uD800", "\uDC00", "é", "\u2300", "\u2319",
      "\u231B", "\u00A9\uFE0F", "1\uFE0F\u20E3", "#\u20E3", "\uE000", "\n",
  };

  @Test
  void findsWhatTheFullScanFinds() throws IOException {
    Random random = new Random(5);
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(20);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      found += compare(text.toString());
    }
    for (String line : CorpusLines.all()) {
      compare(line);
    }
    // every code point of the Basic Multilingual Plane alone, and with a selector or a keycap after it
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      compare(String.valueOf(c));
      compare(c + "\uFE0F");
      compare(c + "\u20E3x");
    }
    assertTrue(found > 1000, "the random texts hold emoji: " + found);
  }

  private static int compare(String text) {
    List<int[]> expected = NoEmojiRule.find(text, false);
    List<int[]> actual = NoEmojiRule.find(text);
    assertEquals(expected.size(), actual.size(), text);
    for (int r = 0; r < expected.size(); r++) {
      assertEquals(expected.get(r)[0], actual.get(r)[0], text);
      assertEquals(expected.get(r)[1], actual.get(r)[1], text);
    }
    return expected.size();
  }
}
