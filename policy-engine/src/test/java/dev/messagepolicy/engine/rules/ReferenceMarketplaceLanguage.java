package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.LanguageProfiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The judgement of {@link MarketplaceLanguageRule} as it was written before its one-pass form
 * (a record and a score array per sentence, streams), kept to test the rule against; the scoring
 * helpers, which did not change, are the rule's own.
 */
final class ReferenceMarketplaceLanguage {

  private record Sentence(int start, int words, double[] scores, int language) {}

  private ReferenceMarketplaceLanguage() {}

  static MarketplaceLanguageRule.Verdict judge(String text, List<String> expected, String marketplace) {
    List<Sentence> sentences = sentences(text);
    int words = sentences.stream().mapToInt(Sentence::words).sum();
    long variables = text.chars().filter(c -> c == MessagePart.PLACEHOLDER).count();
    if (words < MarketplaceLanguageRule.MIN_WORDS || variables * 2 > words) {
      return null;
    }
    double[] scores = new double[LanguageProfiles.LANGUAGES.size()];
    sentences.forEach(sentence -> Arrays.setAll(scores, l -> scores[l] + sentence.scores()[l]));
    int best = MarketplaceLanguageRule.best(scores);
    if (best < 0 || Arrays.stream(scores).sum() < MarketplaceLanguageRule.MIN_EVIDENCE) {
      return null;
    }
    double expectedBest = expected.stream().mapToInt(LanguageProfiles.LANGUAGES::indexOf).filter(l -> l >= 0)
        .mapToDouble(l -> scores[l]).max().orElse(0);
    String bestLanguage = LanguageProfiles.LANGUAGES.get(best);
    if (!expected.contains(bestLanguage) && scores[best] >= 2 * expectedBest + 1) {
      return new MarketplaceLanguageRule.Verdict(sentences.get(0).start(), "the template reads as "
          + MarketplaceLanguageRule.name(bestLanguage) + ", but marketplace " + marketplace + " reads " + String.join(", ", expected));
    }
    return secondLanguage(sentences, expected);
  }

  private static MarketplaceLanguageRule.Verdict secondLanguage(List<Sentence> sentences, List<String> expected) {
    int[] wordsPerLanguage = new int[LanguageProfiles.LANGUAGES.size()];
    sentences.stream().filter(s -> s.language() >= 0).forEach(s -> wordsPerLanguage[s.language()] += s.words());
    int judged = Arrays.stream(wordsPerLanguage).sum();
    int main = 0;
    for (int language = 1; language < wordsPerLanguage.length; language++) {
      main = wordsPerLanguage[language] > wordsPerLanguage[main] ? language : main;
    }
    for (String language : expected) {
      int index = LanguageProfiles.LANGUAGES.indexOf(language);
      boolean marketplaceMain = expected.contains(LanguageProfiles.LANGUAGES.get(main));
      if (index >= 0 && wordsPerLanguage[index] > 0 && (!marketplaceMain || wordsPerLanguage[index] > wordsPerLanguage[main])) {
        main = index;
      }
    }
    for (Sentence sentence : sentences) {
      int other = sentence.language();
      if (other < 0 || other == main) {
        continue;
      }
      int count = wordsPerLanguage[other];
      if (count >= MarketplaceLanguageRule.MIN_SECOND_LANGUAGE_WORDS
          && count >= MarketplaceLanguageRule.MIN_SECOND_LANGUAGE_SHARE * judged) {
        return new MarketplaceLanguageRule.Verdict(sentence.start(), "the template is written in two languages at once: "
            + MarketplaceLanguageRule.name(LanguageProfiles.LANGUAGES.get(main)) + " and " + MarketplaceLanguageRule.name(LanguageProfiles.LANGUAGES.get(other)));
      }
    }
    return null;
  }

  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    double[] scores = new double[LanguageProfiles.LANGUAGES.size()];
    int first = -1;
    int words = 0;
    int i = 0;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (Character.isLetter(c)) {
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        LanguageProfiles.score(text, start, i, scores);
        first = words == 0 ? start : first;
        words++;
        continue;
      }
      if (words > 0 && (c == '.' || c == '!' || c == '?' || c == '\n')) {
        sentences.add(new Sentence(first, words, scores,
            words >= MarketplaceLanguageRule.MIN_SENTENCE_WORDS ? MarketplaceLanguageRule.clearLanguage(scores) : -1));
        scores = new double[LanguageProfiles.LANGUAGES.size()];
        words = 0;
      }
      i++;
    }
    return sentences;
  }
}
