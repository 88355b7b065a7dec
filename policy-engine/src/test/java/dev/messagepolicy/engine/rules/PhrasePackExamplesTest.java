package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.messagepolicy.engine.text.Phrase;
import dev.messagepolicy.engine.text.PhraseList;
import dev.messagepolicy.engine.text.PhraseMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every line of every built-in phrase pack is found in at least one positive example, and no
 * hard negative matches any phrase of its rule. The examples are written by hand, per rule and
 * language, in {@code phrase-examples/<rule>/<language>.txt}: {@code + } a sentence that must
 * match, {@code - } an honest sentence that must not.
 */
class PhrasePackExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyPackLineHasAPositiveExampleAndNegativesPass() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String rule : new TreeSet<>(PhrasePacks.RULE_IDS)) {
      for (String language : PhraseList.LANGUAGES) {
        tests.add(DynamicTest.dynamicTest(rule + "/" + language, () -> check(rule, language)));
      }
    }
    return tests.stream();
  }

  private static void check(String rule, String language) throws IOException {
    PhraseMatcher matcher = PhrasePacks.builtIn(rule);
    List<String> positives = new ArrayList<>();
    List<String> negatives = new ArrayList<>();
    String resource = "/phrase-examples/" + rule + "/" + language + ".txt";
    try (InputStream in = PhrasePackExamplesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "no examples " + resource);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("+ ")) {
          positives.add(line.substring(2));
        } else if (line.startsWith("- ")) {
          negatives.add(line.substring(2));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (String positive : positives) {
      List<PhraseMatcher.Match> all = matcher.findAll(positive.toLowerCase(java.util.Locale.ROOT));
      if (all.isEmpty()) {
        problems.add("no phrase matches positive: " + positive);
      }
      all.stream().map(PhraseMatcher.Match::phrase).filter(p -> p.language().equals(language))
          .forEach(p -> covered.add(p.source()));
    }
    Set<String> lines = new TreeSet<>();
    PhraseList.builtIn(rule, language).stream().map(Phrase::source).forEach(lines::add);
    lines.removeAll(covered);
    lines.forEach(l -> problems.add("no positive example for: " + l));
    for (String negative : negatives) {
      List<PhraseMatcher.Match> all = matcher.findAll(negative.toLowerCase(java.util.Locale.ROOT));
      all.forEach(m -> problems.add("negative matches " + m.phrase().origin() + " \"" + m.phrase().source()
          + "\": " + negative));
    }
    assertEquals(List.of(), problems, rule + "/" + language);
  }
}
