package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.LanguageProfiles;
import java.util.Arrays;
import java.util.List;

/**
 * The template is written in a language of its marketplace, and in one language only. Judges the
 * body by the function-word profiles of {@link LanguageProfiles}; a body too short to tell, or
 * made mostly of variables, is never flagged, and neither is a marketplace whose languages have
 * no profile (Japanese).
 */
@PolicyRule(
    id = "marketplace-language",
    summary = "A template not written in a language of its marketplace, or written in two languages at once",
    severity = Severity.WARNING,
    guideline = "A proactive message is written in the buyer's preferred language, which is the marketplace's"
        + " language unless the buyer chose another.")
public final class MarketplaceLanguageRule implements TemplateRule {

  /** Below this many words a text is too short to tell its language. */
  static final int MIN_WORDS = 12;
  /** Below this many function words the profile has too little to go on. */
  static final double MIN_EVIDENCE = 4;
  /** A sentence needs this many words to count toward a second language. */
  static final int MIN_SENTENCE_WORDS = 5;
  /** How many times the runner-up's score a sentence's language needs to count as clear. */
  static final double CLEAR_MARGIN = 1.5;
  /** The second language must cover at least this many words, and this share of the judged words. */
  static final int MIN_SECOND_LANGUAGE_WORDS = 10;
  static final double MIN_SECOND_LANGUAGE_SHARE = 0.25;

  /** Where a finding goes (an offset in the normalized text) and what it says. */
  record Verdict(int at, String message) {}

  @Override
  public void check(MessageModel model, RuleContext context) {
    Marketplace marketplace = context.config().resolve(model.metadata().marketplace());
    List<String> expected = marketplace.languages();
    if (model.body() == null || !anyProfiled(expected)) {
      return;
    }
    BuyerText buyer = BuyerText.of(model.body());
    Verdict verdict = judge(buyer.text(), expected, marketplace.toString());
    if (verdict != null) {
      int start = buyer.skeletonStart(verdict.at());
      context.reportText(model.source(), model.body(), start, buyer.skeletonEnd(verdict.at() + 1), verdict.message(),
          "Write the template in the language of the marketplace's buyers; make one template per language.");
    }
  }

  private static boolean anyProfiled(List<String> languages) {
    for (int i = 0; i < languages.size(); i++) {
      if (LanguageProfiles.LANGUAGES.contains(languages.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding for the normalized body {@code text} on a marketplace reading {@code expected},
   * or null. One pass over the text: words (runs of letters) scored as they are read, sentences
   * ({@code . ! ?} or a line break) kept as parallel arrays of their first word's offset, word
   * count and clear language, and the variables counted on the way.
   */
  static Verdict judge(String text, List<String> expected, String marketplace) {
    int languages = LanguageProfiles.LANGUAGES.size();
    double[] scores = new double[languages];
    double[] sentenceScores = new double[languages];
    int[] sentenceStarts = new int[8];
    int[] sentenceWords = new int[8];
    int[] sentenceLanguages = new int[8];
    int sentenceCount = 0;
    int words = 0;
    int variables = 0;
    int first = -1;
    int sentenceWordCount = 0;
    int length = text.length();
    int i = 0;
    while (i <= length) {
      char c = i < length ? text.charAt(i) : '\n';
      if (isLetter(c)) {
        int start = i;
        while (i < length && isLetter(text.charAt(i))) {
          i++;
        }
        LanguageProfiles.score(text, start, i, sentenceScores);
        first = sentenceWordCount == 0 ? start : first;
        sentenceWordCount++;
        continue;
      }
      if (c == MessagePart.PLACEHOLDER) {
        variables++;
      } else if (sentenceWordCount > 0 && (c == '.' || c == '!' || c == '?' || c == '\n')) {
        if (sentenceCount == sentenceStarts.length) {
          sentenceStarts = Arrays.copyOf(sentenceStarts, sentenceCount * 2);
          sentenceWords = Arrays.copyOf(sentenceWords, sentenceCount * 2);
          sentenceLanguages = Arrays.copyOf(sentenceLanguages, sentenceCount * 2);
        }
        sentenceStarts[sentenceCount] = first;
        sentenceWords[sentenceCount] = sentenceWordCount;
        sentenceLanguages[sentenceCount] = sentenceWordCount >= MIN_SENTENCE_WORDS ? clearLanguage(sentenceScores) : -1;
        sentenceCount++;
        for (int l = 0; l < languages; l++) {
          scores[l] = scores[l] + sentenceScores[l];
        }
        Arrays.fill(sentenceScores, 0);
        words += sentenceWordCount;
        sentenceWordCount = 0;
      }
      i++;
    }
    if (words < MIN_WORDS || (long) variables * 2 > words) {
      return null;
    }
    int best = best(scores);
    if (best < 0 || Arrays.stream(scores).sum() < MIN_EVIDENCE) { // the stream's compensated sum, as always
      return null;
    }
    double expectedBest = 0;
    boolean anyExpected = false;
    for (int e = 0; e < expected.size(); e++) {
      int l = LanguageProfiles.LANGUAGES.indexOf(expected.get(e));
      if (l >= 0) {
        expectedBest = anyExpected ? Math.max(expectedBest, scores[l]) : scores[l];
        anyExpected = true;
      }
    }
    String bestLanguage = LanguageProfiles.LANGUAGES.get(best);
    if (!expected.contains(bestLanguage) && scores[best] >= 2 * expectedBest + 1) {
      return new Verdict(sentenceStarts[0], "the template reads as " + name(bestLanguage)
          + ", but marketplace " + marketplace + " reads " + String.join(", ", expected));
    }
    return secondLanguage(sentenceStarts, sentenceWords, sentenceLanguages, sentenceCount, expected);
  }

  /** Whether {@code c} is a letter, as {@link Character#isLetter(char)} says, ASCII decided by range. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    return Character.isLetter(c);
  }

  /**
   * The first sentence of a second language that covers enough of the text. The main language is
   * the marketplace's language with the most words (the translation is the other one), or the
   * language with the most words when the marketplace's has none.
   */
  private static Verdict secondLanguage(int[] starts, int[] sentenceWords, int[] sentenceLanguages, int count,
      List<String> expected) {
    int[] wordsPerLanguage = new int[LanguageProfiles.LANGUAGES.size()];
    int judged = 0;
    for (int s = 0; s < count; s++) {
      if (sentenceLanguages[s] >= 0) {
        wordsPerLanguage[sentenceLanguages[s]] += sentenceWords[s];
        judged += sentenceWords[s];
      }
    }
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
    for (int s = 0; s < count; s++) {
      int other = sentenceLanguages[s];
      if (other < 0 || other == main) {
        continue;
      }
      int words = wordsPerLanguage[other];
      if (words >= MIN_SECOND_LANGUAGE_WORDS && words >= MIN_SECOND_LANGUAGE_SHARE * judged) {
        return new Verdict(starts[s], "the template is written in two languages at once: "
            + name(LanguageProfiles.LANGUAGES.get(main)) + " and " + name(LanguageProfiles.LANGUAGES.get(other)));
      }
    }
    return null;
  }

  /**
   * The language a sentence clearly reads as, or -1: at least two function words' worth, and
   * {@link #CLEAR_MARGIN} times the runner-up (Spanish and Italian share many articles and
   * prepositions, so a Spanish sentence often scores half as much Italian).
   */
  static int clearLanguage(double[] scores) {
    int best = best(scores);
    if (best < 0 || scores[best] < 2) {
      return -1;
    }
    double second = 0;
    for (int language = 0; language < scores.length; language++) {
      second = language == best ? second : Math.max(second, scores[language]);
    }
    return scores[best] >= CLEAR_MARGIN * second ? best : -1;
  }

  /** The index of the highest score, or -1 when every score is zero. */
  static int best(double[] scores) {
    int best = -1;
    for (int language = 0; language < scores.length; language++) {
      if (scores[language] > 0 && (best < 0 || scores[language] > scores[best])) {
        best = language;
      }
    }
    return best;
  }

  static String name(String language) {
    return new java.util.Locale(language).getDisplayLanguage(java.util.Locale.ENGLISH);
  }
}
