package dev.messagepolicy.engine.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.engine.html.HtmlReader;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.CorpusLines;
import dev.messagepolicy.engine.text.MappedText;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fold with runs and kept identity maps against the fold one character at a time. */
class UnicodeFoldEquivalenceTest {

  /** Pieces that take every path: plain runs, several characters or none, segments, surrogates, maps. */
  private static final String[] PIECES = {
      "a", "Z", "hello ", "World", "42", ".", " ", "\n", "ß", "\u00AD", "e\u0301", "\u0301", "É", "À\u0323",
      "а", "ο", "Ａ", "ｂ", "\uD835\uDC00", "\uD83D\uDE00", "\u200B", "\u200D", "\uFEFF", "。", "｡", "．", "ﬁ",
      "İ", "ǅ", "\u0345", "µ", "ſ", String.valueOf(MessagePart.PLACEHOLDER), MessagePart.PLACEHOLDER + "\u0301",
      "&amp;", "&eacute;", "&#x41;", "<b>", "</b>", "<p>", "<br>", "x\u034F", "Ω", "Σ", "\uD800", "\uDC00",
  };

  @Test
  void foldsRandomTextAsBefore() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(25);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSameFold(text.toString());
    }
  }

  @Test
  void foldsTheCorpusAsBefore() throws IOException {
    for (String line : CorpusLines.all()) {
      assertSameFold(line);
      assertSameFold(line.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private static void assertSameFold(String text) {
    assertSameMap(UnicodeFold.foldPerCharacter(MappedText.identity(text)), UnicodeFold.fold(MappedText.identity(text)),
        text);
    MappedText visible = HtmlReader.read(text).text();
    assertSameMap(UnicodeFold.foldPerCharacter(visible), UnicodeFold.fold(visible), text);
  }

  private static void assertSameMap(MappedText expected, MappedText actual, String text) {
    assertEquals(expected.text(), actual.text(), text);
    for (int i = 0; i <= expected.length(); i++) {
      assertEquals(expected.sourceStart(i), actual.sourceStart(i), "start " + i + " of " + text);
      assertEquals(expected.sourceEnd(i), actual.sourceEnd(i), "end " + i + " of " + text);
    }
  }
}
