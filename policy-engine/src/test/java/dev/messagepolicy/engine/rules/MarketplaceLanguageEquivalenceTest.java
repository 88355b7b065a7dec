package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.CorpusLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass judgement of marketplace-language against {@link ReferenceMarketplaceLanguage}. */
class MarketplaceLanguageEquivalenceTest {

  private static final List<List<String>> MARKETPLACES = List.of(List.of("de"), List.of("en"), List.of("en", "fr"),
      List.of("fr", "nl"), List.of("es"), List.of("pt"), List.of("it"), List.of("sv"), List.of("pl"), List.of("tr"),
      List.of("ja"), List.of("ar", "en"));

  @Test
  void judgesCorpusTextsAsBefore() throws IOException {
    List<String> lines = CorpusLines.all();
    int found = 0;
    for (int i = 0; i < lines.size(); i++) {
      // single lines, and runs of lines from the same or from neighbouring languages
      String text = String.join("\n", lines.subList(i, Math.min(lines.size(), i + 1 + i % 4)));
      found += compare(text.toLowerCase(java.util.Locale.ROOT));
    }
    assertTrue(found > 100, "the corpus texts give findings: " + found);
  }

  @Test
  void judgesRandomTextsAsBefore() throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : CorpusLines.all()) {
      words.addAll(List.of(line.toLowerCase(java.util.Locale.ROOT).split(" ")));
    }
    String[] marks = {".", "!", "?", "\n", " ", ",", String.valueOf(MessagePart.PLACEHOLDER), "1", "ß", "é", "\u0301"};
    Random random = new Random(11);
    int found = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int w = 0; w < length; w++) {
        text.append(random.nextInt(5) == 0 ? marks[random.nextInt(marks.length)] : words.get(random.nextInt(words.size())));
        text.append(random.nextInt(3) == 0 ? "" : " ");
      }
      found += compare(text.toString());
    }
    assertTrue(found > 100, "the random texts give findings: " + found);
  }

  private static int compare(String text) {
    int found = 0;
    for (List<String> expected : MARKETPLACES) {
      MarketplaceLanguageRule.Verdict reference = ReferenceMarketplaceLanguage.judge(text, expected, "M");
      assertEquals(reference, MarketplaceLanguageRule.judge(text, expected, "M"), text + " for " + expected);
      found += reference == null ? 0 : 1;
    }
    return found;
  }
}
