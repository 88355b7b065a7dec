package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.rules.PhrasePacks;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhraseAnchorsTest {

  static List<String> ruleIds() {
    return PhrasePacks.RULE_IDS.stream().sorted().toList();
  }

  @Test
  void theAnchorIsTheLongestLiteralAndAWordBeforeAnInfix() {
    Phrase phrase = Phrase.parse("review", "de", "<num> sterne ... *bewertung*", "t:1").get(0);
    assertEquals("sterne", PhraseAnchors.anchorOf(phrase).toString());
    Phrase longer = Phrase.parse("review", "de", "gib uns eine bewertung*", "t:1").get(0);
    assertEquals("bewertung*", PhraseAnchors.anchorOf(longer).toString());
    Phrase onlyInfix = Phrase.parse("discount", "de", "*gutschein*", "t:1").get(0);
    assertEquals("*gutschein*", PhraseAnchors.anchorOf(onlyInfix).toString());
    // The pack syntax requires a word in every phrase; a phrase built without one has no anchor.
    Phrase wordless = new Phrase("n", "en", "<num> <any>", "t:1",
        List.of(TokenPattern.special("<num>"), TokenPattern.special("<any>")));
    assertEquals(null, PhraseAnchors.anchorOf(wordless));
  }

  @Test
  void onlyStartsTheAnchorReachesBackToAreWalked() {
    List<Token> tokens = PhraseTokens.of("one two three four five please leave a review");
    boolean[] viable = new PhraseAnchors(Phrase.parse("f", "en", "leave a review", "t:1")).viableStarts(tokens);
    // "review" (token 8) is the anchor, two tokens after the phrase's start: starts 6 to 8.
    assertEquals("000000111", bits(viable));
    boolean[] withGap = new PhraseAnchors(Phrase.parse("f", "en", "leave ... review", "t:1")).viableStarts(tokens);
    // A gap lets the anchor stand up to one plus eight tokens after the start.
    assertEquals("111111111", bits(withGap));
    Phrase gapped = Phrase.parse("f", "en", "leave ... review", "t:1").get(0);
    assertEquals(9, PhraseAnchors.reach(gapped, gapped.patterns().get(2)));
  }

  private static String bits(boolean[] values) {
    StringBuilder out = new StringBuilder();
    for (boolean value : values) {
      out.append(value ? '1' : '0');
    }
    return out.toString();
  }

  /** The prefilter must change nothing: every corpus line gives the same matches with and without it. */
  @ParameterizedTest
  @MethodSource("ruleIds")
  void findsExactlyWhatTheUnfilteredMatcherFinds(String rule) throws IOException {
    List<Phrase> phrases = PhrasePacks.builtIn(rule).phrases();
    PhraseMatcher filtered = new PhraseMatcher(phrases, true);
    PhraseMatcher unfiltered = new PhraseMatcher(phrases, false);
    int matched = 0;
    for (String line : CorpusLines.all()) {
      String text = line.toLowerCase(java.util.Locale.ROOT);
      assertEquals(unfiltered.findAll(text), filtered.findAll(text), text);
      List<PhraseMatcher.Match> found = filtered.find(text);
      assertEquals(unfiltered.find(text), found, text);
      matched += found.size();
    }
    assertTrue(matched > 0, "the corpus holds phrases of " + rule);
  }

}
