package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.template.MessagePart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matcher against {@link ReferencePhraseMatcher} on random packs and texts over a small vocabulary. */
class PhraseMatcherEquivalenceTest {

  private static final String[] WORDS = {"a", "ab", "abc", "b", "ba", "bab", "c", "ca", "cab", "abcab"};
  private static final String[] TEXT_ONLY = {".", "!", ",", "10", "a1", String.valueOf(MessagePart.PLACEHOLDER)};
  private static final Comparator<PhraseMatcher.Occurrence> ORDER =
      Comparator.comparingInt(PhraseMatcher.Occurrence::startToken)
          .thenComparingInt(PhraseMatcher.Occurrence::endToken)
          .thenComparingInt(PhraseMatcher.Occurrence::phrase);

  @Test
  void findsWhatTheReferenceFindsOnRandomPacks() {
    Random random = new Random(42);
    int matched = 0;
    for (int round = 0; round < 300; round++) {
      List<Phrase> phrases = new ArrayList<>();
      int lines = 1 + random.nextInt(round % 3 == 0 ? 30 : 6); // large packs index their wildcards
      for (int i = 0; i < lines; i++) {
        try {
          phrases.addAll(Phrase.parse("f", "en", randomLine(random), "t:" + i));
        } catch (IllegalArgumentException invalid) {
          // a gap at an end, no word at all: the pack syntax rejects it, so does the generator
        }
      }
      if (phrases.isEmpty()) {
        continue;
      }
      PhraseMatcher matcher = new PhraseMatcher(phrases);
      PhraseMatcher unfiltered = new PhraseMatcher(phrases, false);
      ReferencePhraseMatcher reference = new ReferencePhraseMatcher(phrases);
      for (int t = 0; t < 10; t++) {
        List<Token> tokens = PhraseTokens.of(randomText(random));
        List<PhraseMatcher.Occurrence> expected = reference.occurrences(tokens);
        List<PhraseMatcher.Occurrence> actual = new ArrayList<>(matcher.occurrences(tokens));
        assertEquals(unfiltered.occurrences(tokens), actual, tokens.toString());
        actual.sort(ORDER);
        assertEquals(expected, actual, phrases + " in " + tokens);
        assertEquals(matcher.select(tokens, expected, 0, phrases.size()), matcher.find(tokens));
        matched += expected.size();
      }
    }
    assertTrue(matched > 1000, "the random texts hold phrases: " + matched);
  }

  private static String randomLine(Random random) {
    List<String> chunks = new ArrayList<>();
    int length = 1 + random.nextInt(5);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(12);
      boolean edge = i == 0 || i == length - 1;
      String w = WORDS[random.nextInt(WORDS.length)];
      switch (kind) {
        case 0 -> chunks.add(w + "*");
        case 1 -> chunks.add("*" + w);
        case 2 -> chunks.add("*" + w + "*");
        case 3 -> chunks.add(List.of("<num>", "<code>", "<var>", "<any>").get(random.nextInt(4)));
        case 4 -> chunks.add(edge ? w : "...");
        case 5 -> chunks.add("(" + w + "|" + WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "|)" : ")"));
        case 6 -> chunks.add(edge ? w : "... ...");
        default -> chunks.add(w);
      }
    }
    return String.join(" ", chunks);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      boolean other = random.nextInt(6) == 0;
      text.append(other ? TEXT_ONLY[random.nextInt(TEXT_ONLY.length)] : WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }
}
