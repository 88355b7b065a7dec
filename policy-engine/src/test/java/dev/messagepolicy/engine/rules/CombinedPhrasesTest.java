package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.text.CorpusLines;
import dev.messagepolicy.engine.text.CustomPhrases;
import dev.messagepolicy.engine.text.PhraseMatcher;
import dev.messagepolicy.engine.text.PhraseTokens;
import dev.messagepolicy.engine.text.Token;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pass for all phrase rules must give each rule exactly what its own matcher finds. */
class CombinedPhrasesTest {

  static List<String> ruleIds() {
    return PhrasePacks.RULE_IDS.stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void eachRuleSelectsWhatItsOwnMatcherFinds(String rule) throws IOException {
    CombinedPhrases combined = new CombinedPhrases(CustomPhrases.none());
    PhraseMatcher own = PhrasePacks.builtIn(rule);
    int matched = 0;
    for (String line : CorpusLines.all()) {
      List<Token> tokens = PhraseTokens.of(line.toLowerCase(Locale.ROOT));
      List<PhraseMatcher.Match> expected = own.find(tokens);
      assertEquals(expected, combined.select(rule, tokens, combined.matcher().occurrences(tokens)), line);
      matched += expected.size();
    }
    assertTrue(matched > 0, "the corpus holds phrases of " + rule);
  }
}
