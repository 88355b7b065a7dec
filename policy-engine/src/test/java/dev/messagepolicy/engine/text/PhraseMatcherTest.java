package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.template.MessagePart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase syntax and the trie matcher: what matches, where, and in what time. */
class PhraseMatcherTest {

  private static PhraseMatcher matcher(String... lines) {
    List<Phrase> phrases = new ArrayList<>();
    for (String line : lines) {
      phrases.addAll(Phrase.parse("f", "en", line, "test"));
    }
    return new PhraseMatcher(phrases);
  }

  private static List<String> found(PhraseMatcher matcher, String text) {
    return matcher.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void wildcardsMatchWordForms() {
    PhraseMatcher m = matcher("*gutschein*", "rabatt*", "*bewertung");
    assertEquals(List.of("Rabattgutscheine", "Rabatten", "Bewertung"),
        found(m, "Rabattgutscheine, Rabatten, Sterne-Bewertung, Bewertungen"));
  }

  @Test
  void numbersCodesAndVariables() {
    PhraseMatcher m = matcher("<num> % off", "with code <code>", "number <var>");
    String text = "Get 10% off, with code DANKE10 or with code DANKE, number " + MessagePart.PLACEHOLDER;
    assertEquals(List.of("10% off", "with code DANKE10", "number " + MessagePart.PLACEHOLDER), found(m, text));
    assertEquals(List.of(MessagePart.PLACEHOLDER + "% off"), found(m, MessagePart.PLACEHOLDER + "% off"));
  }

  @Test
  void alternativesAndOptionalWords() {
    PhraseMatcher m = matcher("(leave|write) (us|) a review");
    assertEquals(List.of("Leave us a review", "write a review"), found(m, "Leave us a review or write a review"));
    assertEquals(4, m.phrases().size());
  }

  @Test
  void gapsSkipAFewWordsButNotASentenceEnd() {
    PhraseMatcher m = matcher("gift ... review");
    assertEquals(List.of("gift once your review"), found(m, "A gift once your review is live."));
    assertEquals(List.of(), found(m, "A gift. Your review helps."));
    assertEquals(List.of(), found(m, "gift a b c d e f g h i review"));
  }

  @Test
  void hyphensApostrophesAndSharpSAreFolded() {
    PhraseMatcher m = matcher("5 sterne bewertung", "we ' ll send", "grüße");
    assertEquals(List.of("5-Sterne-Bewertung", "We’ll send", "GRÜSSE"),
        found(m, "5-Sterne-Bewertung. We’ll send. GRÜSSE"));
  }

  @Test
  void theLongestMatchAtAStartWinsAndTheEarlierPhraseOnATie() {
    PhraseMatcher m = matcher("off", "10 % off your next order", "10 % off");
    List<PhraseMatcher.Match> matches = m.find("10 % off your next order");
    assertEquals(1, matches.size());
    assertEquals("10 % off your next order", matches.get(0).phrase().source());
  }

  @Test
  void sharedPrefixesShareNodes() {
    PhraseMatcher one = matcher("follow us on instagram");
    PhraseMatcher two = matcher("follow us on instagram", "follow us on facebook");
    assertEquals(one.nodeCount() + 1, two.nodeCount());
  }

  @Test
  void badLinesAreRejectedWithTheReason() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Phrase.parse("f", "en", "(a|(b))", "t"))
        .getMessage().contains("nested"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Phrase.parse("f", "en", "... gift", "t"))
        .getMessage().contains("between"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Phrase.parse("f", "en", "<num> <any>", "t"))
        .getMessage().contains("word"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Phrase.parse("f", "en", "<foo> x", "t"))
        .getMessage().contains("<foo>"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PhraseList.parse("[f]\nok\nfo*o\n", "en", "x/en.txt"));
    assertTrue(e.getMessage().startsWith("x/en.txt:3: "), e.getMessage());
  }

  @Test
  void hostileTextTakesLinearTime() {
    PhraseMatcher m = matcher("a ... a ... b", "<any> <any> <any> <any> <any> x", "*a* *a* *a* c", "a* ... *a ... z");
    // Every token starts a walk through two gaps; bounded depth keeps it linear. The bound is loose:
    // only a blow-up (quadratic work on 50,000 tokens) breaks it, not a busy machine.
    String text = "a ".repeat(50_000);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(List.of(), m.find(text)));
  }
}
