package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.rules.PhrasePacks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhraseAnchorsTest {

  private static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv");

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
  void aStartFarFromEveryAnchorIsSkipped() {
    PhraseAnchors anchors = new PhraseAnchors(Phrase.parse("f", "en", "leave a review", "t:1"));
    List<Token> tokens = PhraseTokens.of("one two three four five please leave a review");
    boolean[] viable = anchors.viableStarts(tokens, 3);
    assertTrue(!viable[0] && !viable[5] && viable[6] && viable[7] && viable[8]);
  }

  /** The prefilter must change nothing: every corpus line gives the same matches with and without it. */
  @ParameterizedTest
  @MethodSource("ruleIds")
  void findsExactlyWhatTheUnfilteredMatcherFinds(String rule) throws IOException {
    List<Phrase> phrases = PhrasePacks.builtIn(rule).phrases();
    PhraseMatcher filtered = new PhraseMatcher(phrases, true);
    PhraseMatcher unfiltered = new PhraseMatcher(phrases, false);
    int matched = 0;
    for (String line : corpusLines()) {
      String text = line.toLowerCase(java.util.Locale.ROOT);
      assertEquals(unfiltered.findAll(text), filtered.findAll(text), text);
      List<PhraseMatcher.Match> found = filtered.find(text);
      assertEquals(unfiltered.find(text), found, text);
      matched += found.size();
    }
    assertTrue(matched > 0, "the corpus holds phrases of " + rule);
  }

  private static List<String> corpusLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String language : LANGUAGES) {
      try (InputStream in = Objects.requireNonNull(PhraseAnchorsTest.class.getResourceAsStream("/corpus/" + language + ".txt"))) {
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    return lines;
  }
}
